package cn.baiyun.hte.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import cn.baiyun.hte.assessment.TierResult;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures of the dashboard's charts as one JSON document for the chart script (a data attribute: the page
 * has no inline script), labelled in the reader's language. For reviewers each bar and funnel stage carries the
 * address of the firm list behind it, so that a click on the chart drills down as the tables' links do.
 */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static String json(Dashboard d, MessageSource messages, Locale locale, JsonMapper json) {
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        Map<String, Object> charts = new LinkedHashMap<>();
        List<Map<String, Object>> funnel = new ArrayList<>();
        d.funnel().forEach(stage -> funnel.add(point(text.apply("dashboard.stage." + stage.stage()), stage.reached(),
                d.full() ? drill("STAGE", null, null, null).queryParam("stage", stage.stage()).toUriString() : null)));
        charts.put("funnel", funnel);

        List<String> tierNames = List.of(tierLabel(text, TierResult.TIER_1), tierLabel(text, TierResult.TIER_2),
                tierLabel(text, TierResult.TIER_3));
        Map<String, Object> cycles = new LinkedHashMap<>();
        cycles.put("categories", d.cycles().stream().map(c -> String.valueOf(c.year())).toList());
        cycles.put("series", tierSeries(tierNames, d.cycles().stream().map(c -> List.of(
                point(null, c.tier1(), d.full() ? tierUrl(c.year(), TierResult.TIER_1, null) : null),
                point(null, c.tier2(), d.full() ? tierUrl(c.year(), TierResult.TIER_2, null) : null),
                point(null, c.tier3(), d.full() ? tierUrl(c.year(), TierResult.TIER_3, null) : null))).toList()));
        charts.put("cycles", cycles);

        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("categories", d.fields().stream()
                .map(f -> f.label() == null ? text.apply("dashboard.fields.none") : f.label()).toList());
        fields.put("series", tierSeries(tierNames, d.fields().stream().map(f -> List.of(
                point(null, f.tier1(), d.full() ? tierUrl(d.year(), TierResult.TIER_1, f.field()) : null),
                point(null, f.tier2(), d.full() ? tierUrl(d.year(), TierResult.TIER_2, f.field()) : null),
                point(null, f.tier3(), d.full() ? tierUrl(d.year(), TierResult.TIER_3, f.field()) : null))).toList()));
        charts.put("fields", fields);

        Map<String, Object> trend = new LinkedHashMap<>();
        trend.put("categories", d.trend().stream().map(t -> String.valueOf(t.year())).toList());
        trend.put("validHte", Map.of("name", text.apply("dashboard.trend.valid"),
                "data", d.trend().stream().map(TrendYear::validHte).toList()));
        trend.put("issued", Map.of("name", text.apply("dashboard.trend.issued"),
                "data", d.trend().stream().map(TrendYear::issued).toList()));
        trend.put("target", d.targets() == null ? null : Map.of("name", text.apply("dashboard.column.target"),
                "value", d.targets().values().hteFirms()));
        charts.put("trend", trend);
        return json.writeValueAsString(charts);
    }

    /** Three series, one per tier, from the per-category points {@code [tier1, tier2, tier3]}. */
    private static List<Map<String, Object>> tierSeries(List<String> names, List<List<Map<String, Object>>> rows) {
        List<Map<String, Object>> series = new ArrayList<>();
        for (int tier = 0; tier < names.size(); tier++) {
            int t = tier;
            series.add(Map.of("name", names.get(tier), "data", rows.stream().map(row -> row.get(t)).toList()));
        }
        return series;
    }

    private static Map<String, Object> point(String name, long value, String url) {
        Map<String, Object> point = new LinkedHashMap<>();
        if (name != null) {
            point.put("name", name);
        }
        point.put("value", value);
        point.put("url", url);
        return point;
    }

    private static String tierLabel(Function<String, String> text, TierResult tier) {
        return text.apply("dashboard.tier." + tier.name());
    }

    static String tierUrl(int year, TierResult tier, String field) {
        return drill("TIER", year, tier, field).toUriString();
    }

    private static UriComponentsBuilder drill(String metric, Integer year, TierResult tier, String field) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/dashboard/firms").queryParam("metric", metric);
        if (year != null) {
            url.queryParam("year", year);
        }
        if (tier != null) {
            url.queryParam("tier", tier.name());
        }
        if (field != null && !field.isEmpty()) {
            url.queryParam("field", field);
        }
        return url;
    }
}
