package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/** Every problem of a year's targets at once, so that the form shows them all. */
final class TargetValidator {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    /** More firms than a district holds: a typing error rather than a target. */
    static final int MAX_FIRMS = 100_000;
    private static final int SHARE_DECIMALS = 2;

    private TargetValidator() {
    }

    static List<FieldProblem> validate(int year, TargetRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            problems.add(new FieldProblem("year", "dashboard.targets.year.range",
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        count(problems, "hteFirms", request.hteFirms());
        count(problems, "aboveSizeHteFirms", request.aboveSizeHteFirms());
        if (request.hteFirms() != null && request.aboveSizeHteFirms() != null
                && request.aboveSizeHteFirms() > request.hteFirms()) {
            problems.add(new FieldProblem("aboveSizeHteFirms", "dashboard.targets.above-size.more-than-hte",
                    request.hteFirms()));
        }
        BigDecimal share = request.specialisedSharePercent();
        if (share == null) {
            problems.add(new FieldProblem("specialisedSharePercent", "dashboard.targets.required"));
        } else if (share.signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0
                || share.stripTrailingZeros().scale() > SHARE_DECIMALS) {
            problems.add(new FieldProblem("specialisedSharePercent", "dashboard.targets.share.range"));
        }
        return problems;
    }

    private static void count(List<FieldProblem> problems, String field, Integer value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "dashboard.targets.required"));
        } else if (value < 0 || value > MAX_FIRMS) {
            problems.add(new FieldProblem(field, "dashboard.targets.count.range", MAX_FIRMS));
        }
    }
}
