package cn.baiyun.hte.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.chain.ChainBreakdown;
import cn.baiyun.hte.chain.ChainColumn;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.platform.error.FieldProblem;

/**
 * The firm list behind one number, as the dashboard's links and the API name it in the query string, e.g.
 * {@code metric=TIER&year=2026&tier=TIER_1&field=1}, {@code metric=CHAIN&group=<chain id>&column=HTE} or
 * {@code metric=DEPARTMENT&department=工信局&column=IN_POOL}. Every
 * value is a string as typed; {@link #problems} says what does not name a list.
 *
 * @param group  for {@code CHAIN} a chain's id (or {@value ChainBreakdown#UNCHAINED}), for {@code CLUSTER} a
 *               cluster's Chinese name
 * @param column for {@code CHAIN} and {@code CLUSTER}, which of the line's figures ({@link ChainColumn}); for
 *               {@code DEPARTMENT}, which of the department's ({@link DepartmentColumn}); all its firms when absent
 */
public record Drill(String metric, Integer year, String stage, String tier, String field, String department,
                    String group, String column, String cursor) {

    DrillMetric parsedMetric() {
        return parse(DrillMetric.class, metric);
    }

    TierResult parsedTier() {
        return parse(TierResult.class, tier);
    }

    LifecycleStage parsedStage() {
        return parse(LifecycleStage.class, stage);
    }

    ChainColumn parsedColumn() {
        return column == null || column.isBlank() ? ChainColumn.FIRMS : parse(ChainColumn.class, column);
    }

    /** For {@code DEPARTMENT}, which of the department's figures; all its referred firms when absent. */
    DepartmentColumn parsedDepartmentColumn() {
        return column == null || column.isBlank() ? DepartmentColumn.REFERRED : parse(DepartmentColumn.class, column);
    }

    boolean byChain() {
        return parsedMetric() == DrillMetric.CHAIN || parsedMetric() == DrillMetric.CLUSTER;
    }

    /** What the list needs and is missing or cannot read; none when it names a list. */
    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        DrillMetric chosen = parsedMetric();
        if (chosen == null) {
            problems.add(new FieldProblem("metric", "dashboard.drill.metric.unknown"));
            return problems;
        }
        boolean needsYear = chosen == DrillMetric.EXPIRING || chosen == DrillMetric.TIER;
        if (needsYear && (year == null || year < TargetValidator.FIRST_YEAR || year > TargetValidator.LAST_YEAR)) {
            problems.add(new FieldProblem("year", "dashboard.targets.year.range",
                    String.valueOf(TargetValidator.FIRST_YEAR), String.valueOf(TargetValidator.LAST_YEAR)));
        }
        if (chosen == DrillMetric.STAGE && parsedStage() == null) {
            problems.add(new FieldProblem("stage", "dashboard.drill.stage.unknown"));
        }
        if (chosen == DrillMetric.TIER && parsedTier() == null) {
            problems.add(new FieldProblem("tier", "dashboard.drill.tier.unknown"));
        }
        if (chosen == DrillMetric.DEPARTMENT && (department == null || department.isBlank())) {
            problems.add(new FieldProblem("department", "dashboard.targets.required"));
        }
        if (chosen == DrillMetric.DEPARTMENT && parsedDepartmentColumn() == null) {
            problems.add(new FieldProblem("column", "dashboard.drill.column.unknown"));
        }
        if (byChain() && (group == null || group.isBlank())) {
            problems.add(new FieldProblem("group", "dashboard.targets.required"));
        }
        if (byChain() && parsedColumn() == null) {
            problems.add(new FieldProblem("column", "dashboard.drill.column.unknown"));
        }
        return problems;
    }

    /** The firms' selection for the metrics the firm feature counts; null for the others. */
    FirmFigures.Selection selection(LocalDate date) {
        return switch (parsedMetric()) {
            case HTE -> new FirmFigures.Selection(FirmFigures.Kind.HTE, date, null);
            case HTE_ABOVE_SIZE -> new FirmFigures.Selection(FirmFigures.Kind.HTE_ABOVE_SIZE, date, null);
            case SPECIALISED -> new FirmFigures.Selection(FirmFigures.Kind.SPECIALISED, date, null);
            case SPECIALISED_HTE -> new FirmFigures.Selection(FirmFigures.Kind.SPECIALISED_HTE, date, null);
            case STAGE -> new FirmFigures.Selection(FirmFigures.Kind.STAGE, date, parsedStage());
            case ABOVE_SIZE -> new FirmFigures.Selection(FirmFigures.Kind.ABOVE_SIZE, date, null);
            case NOT_ABOVE_SIZE -> new FirmFigures.Selection(FirmFigures.Kind.NOT_ABOVE_SIZE, date, null);
            case EXPIRING, TIER, DEPARTMENT, CHAIN, CLUSTER -> null;
        };
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }
}
