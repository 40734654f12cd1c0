package cn.baiyun.hte.dashboard;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.baiyun.hte.chain.BreakdownRow;
import cn.baiyun.hte.chain.ChainColumn;
import cn.baiyun.hte.referral.DepartmentCount;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One table of figures by group, as templates/dashboard/breakdown.html shows it: the lines by industry chain, by
 * cluster or by referring department, each figure with the link to the firms behind it for reviewers (none for
 * department officers, who read the bare numbers).
 *
 * @param headings the columns' headings in the reader's language, after the column of names
 */
record BreakdownTable(List<String> headings, List<Line> lines) {

    /** @param label the group's name in the reader's language */
    record Line(String label, List<Figure> figures) {
    }

    /** @param href the firm list behind the count; null when the reader may not follow it */
    record Figure(long count, String href) {
    }

    /** The lines of the breakdown by chain ({@code CHAIN}) or by cluster ({@code CLUSTER}). */
    static BreakdownTable chains(List<? extends BreakdownRow> rows, DrillMetric metric, boolean full,
                                 MessageSource messages, Locale locale) {
        List<ChainColumn> columns = List.of(ChainColumn.values());
        return new BreakdownTable(columns.stream().map(column -> messages.getMessage(column.flag() == null
                        ? "dashboard.chains." + column.name().toLowerCase(Locale.ROOT)
                        : "chain.flag." + column.flag(), null, locale)).toList(),
                rows.stream().map(row -> new Line(row.label(locale) != null ? row.label(locale)
                        : messages.getMessage("dashboard.chains.unchained", null, locale),
                        columns.stream().map(column -> new Figure(row.column(column).count(), full
                                ? href(metric, "group", row.drillGroup(), column.name()) : null)).toList())).toList());
    }

    /** The joint meeting's figures by referring department (reviewers only: officers do not see this table). */
    static BreakdownTable departments(List<DepartmentCount> counts, MessageSource messages, Locale locale) {
        List<DepartmentColumn> columns = Arrays.asList(DepartmentColumn.values());
        Function<DepartmentCount, Line> line = count -> new Line(count.department(), columns.stream()
                .map(column -> new Figure(column.figure().applyAsLong(count),
                        href(DrillMetric.DEPARTMENT, "department", count.department(), column.name()))).toList());
        return new BreakdownTable(columns.stream().map(c -> messages.getMessage(c.heading(), null, locale)).toList(),
                counts.stream().map(line).toList());
    }

    private static String href(DrillMetric metric, String groupParameter, String group, String column) {
        return UriComponentsBuilder.fromPath("/dashboard/firms").queryParam("metric", metric.name())
                .queryParam(groupParameter, group).queryParam("column", column).encode().build().toUriString();
    }
}
