package cn.baiyun.hte.dashboard;

import java.time.LocalDate;

import cn.baiyun.hte.assessment.TierResult;

/**
 * One firm behind a number: what identifies it and the facts the number counted (those the list's source knows;
 * the others null).
 *
 * @param certificateValidUntil the last day of its HTE certificate's validity
 * @param tier                  its tier in the cycle, for a tier's list
 */
public record DrillRow(String enterpriseId, String name, String uscc, String technicalField,
                       LocalDate certificateValidUntil, Boolean aboveSize, Boolean specialised, TierResult tier) {
}
