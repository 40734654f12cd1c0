package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;

/**
 * One transformation of an achievement: when (a date, or only the year when the day is not known), in
 * which form, and the product, service or process it went into.
 */
public record Transformation(LocalDate date, Integer year, TransformationForm form, String appliedTo) {

    /** The fiscal year it counts in: the date's year when there is a date. */
    public Integer countedYear() {
        return date != null ? Integer.valueOf(date.getYear()) : year;
    }
}
