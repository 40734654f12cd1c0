package cn.baiyun.hte.pool.cycle;

/**
 * The cycle form of the reviewers' pages: the year, the cycle's {@link CycleDates} as the API takes them,
 * and the version the page was read at (none for a new cycle). A posted form is read straight into it
 * ({@code platform.web.FormBinder}); its input names ({@code dates.assessmentDate}) are the paths the
 * validator reports problems on, so every message lands next to its field.
 */
public record CycleForm(Integer year, CycleDates dates, String version) {

    private static final CycleDates NO_DATES = new CycleDates(null, null, null, null, null);

    /** A form that posted no dates at all has them all missing, rather than the plan's defaults. */
    public CycleForm {
        dates = dates == null ? NO_DATES : dates;
    }

    public static CycleForm of(int year, CycleDates dates, Long version) {
        return new CycleForm(year, dates, version == null ? null : String.valueOf(version));
    }
}
