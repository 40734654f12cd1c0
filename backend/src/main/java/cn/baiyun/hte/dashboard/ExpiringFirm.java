package cn.baiyun.hte.dashboard;

import java.time.LocalDate;

/** A firm whose HTE certificate ends in the year shown: the re-recognition list (reviewers only). */
public record ExpiringFirm(String enterpriseId, String name, String certificateNumber, LocalDate validUntil,
                           Boolean aboveSize) {
}
