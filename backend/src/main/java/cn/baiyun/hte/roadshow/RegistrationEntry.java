package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.assessment.TierResult;

/**
 * A registration on the organisers' list (and in exports): the firm as the organisers choose pitches by,
 * with its technical field and its current published tier.
 *
 * @param publishedTier     the tier of the firm's latest published feedback; null when none was published
 * @param publishedTierYear that feedback's cycle year, or null
 * @param waitlistPosition  from 1 while waitlisted, else 0
 */
public record RegistrationEntry(Registration registration, String firmName, String uscc, String technicalField,
                                TierResult publishedTier, Integer publishedTierYear, int waitlistPosition) {
}
