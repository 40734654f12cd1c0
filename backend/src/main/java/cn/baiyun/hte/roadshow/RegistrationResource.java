package cn.baiyun.hte.roadshow;

import java.time.OffsetDateTime;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;

/**
 * A registration as the API shows it. On organisers' lists it also names the firm with its technical field and
 * latest published tier; for integration clients the check-in code is never shown and attendees' phone
 * numbers only where the firm consented.
 *
 * @param waitlistPosition from 1 while waitlisted, else 0
 * @param deck             the uploaded pitch deck's name and size, or null
 */
public record RegistrationResource(String id, String roadshowId, String enterpriseId, String uscc,
                                   RegistrationStatus status, int waitlistPosition, Pitch pitch,
                                   List<Attendee> attendees, boolean consentToShareContacts, DeckInfo deck,
                                   String checkInCode, OffsetDateTime checkedInAt, Outcome outcome,
                                   String decisionReason, OffsetDateTime registeredAt, OffsetDateTime updatedAt,
                                   String firmName, String technicalField, TierResult publishedTier,
                                   Integer publishedTierYear, Long version) {

    /** A deck's name and size in bytes. */
    public record DeckInfo(String name, long size) {
    }

    static RegistrationResource of(RegistrationView view) {
        return of(view.registration(), view.waitlistPosition(), null, null, null, null);
    }

    static RegistrationResource of(RegistrationEntry entry) {
        return of(entry.registration(), entry.waitlistPosition(), entry.firmName(), entry.technicalField(),
                entry.publishedTier(), entry.publishedTierYear());
    }

    private static RegistrationResource of(Registration r, int position, String firmName, String technicalField,
                                           TierResult tier, Integer tierYear) {
        return new RegistrationResource(r.id(), r.roadshowId(), r.enterpriseId(), r.uscc(), r.status(), position,
                r.pitch(), r.attendees(), r.consentToShareContacts(),
                r.deck() == null ? null : new DeckInfo(r.deck().originalName(), r.deck().size()), r.checkInCode(),
                RoadshowResource.time(r.checkedInAt()), r.outcome(), r.decisionReason(),
                RoadshowResource.time(r.registeredAt()), RoadshowResource.time(r.updatedAt()), firmName,
                technicalField, tier, tierYear, r.version());
    }
}
