package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A year's targets as a reviewer types them (form) or sends them (API); the share in percent, as people say
 * it. Fields are objects so that a missing one is reported, not read as 0.
 *
 * @param hteFirms                firms holding a valid HTE certificate, e.g. 110
 * @param aboveSizeHteFirms       of them above designated size, e.g. 28
 * @param specialisedSharePercent HTEs among valid 专精特新 firms, in percent with at most two decimals, e.g. 10
 */
public record TargetRequest(Integer hteFirms, Integer aboveSizeHteFirms, BigDecimal specialisedSharePercent) {

    static TargetRequest of(TargetValues values) {
        return new TargetRequest(values.hteFirms(), values.aboveSizeHteFirms(),
                values.specialisedShare().movePointRight(2).stripTrailingZeros());
    }

    /** The figures as stored; call only once {@link TargetValidator} found nothing wrong. */
    TargetValues values() {
        return new TargetValues(hteFirms, aboveSizeHteFirms,
                specialisedSharePercent.movePointLeft(2).setScale(4, RoundingMode.UNNECESSARY));
    }
}
