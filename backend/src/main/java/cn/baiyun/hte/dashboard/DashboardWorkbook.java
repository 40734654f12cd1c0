package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import cn.baiyun.hte.platform.web.StreamingWorkbook.Column;
import cn.baiyun.hte.referral.DepartmentCount;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The whole dashboard as one XLSX sheet, section by section, in the reader's language (the same figures as the
 * page and the API, and for reviewers the expiring firms and the departments), written by the streaming workbook.
 */
@Component
class DashboardWorkbook {

    /** One line of the sheet: its section and item, and a count, a share or a text where it has one. */
    record Line(String section, String item, Long count, BigDecimal share, String note) {
    }

    private final MessageSource messages;

    DashboardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    Mono<ResponseEntity<byte[]>> download(Mono<Dashboard> dashboard, Locale locale) {
        String title = text("dashboard.title", locale);
        return dashboard.flatMap(d -> StreamingWorkbook.write(Flux.fromIterable(lines(d, locale)), title, columns(locale))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(StreamingWorkbook.MEDIA_TYPE))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("dashboard-" + d.date() + ".xlsx", StandardCharsets.UTF_8).build().toString())
                        .body(bytes)));
    }

    private List<Column<Line>> columns(Locale locale) {
        return List.of(new Column<>(text("dashboard.xlsx.section", locale), CellKind.TEXT, Line::section),
                new Column<>(text("dashboard.xlsx.item", locale), CellKind.TEXT, Line::item),
                new Column<>(text("dashboard.xlsx.count", locale), CellKind.INTEGER, Line::count),
                new Column<>(text("dashboard.xlsx.share", locale), CellKind.RATIO, Line::share),
                new Column<>(text("dashboard.xlsx.note", locale), CellKind.TEXT, Line::note));
    }

    List<Line> lines(Dashboard d, Locale locale) {
        List<Line> lines = new ArrayList<>();
        String targets = text("dashboard.targets.heading", locale);
        for (TargetProgress p : d.progress()) {
            String name = text(p.kind().key(), locale);
            for (String column : List.of("target", "actual", "with-tier-1", "with-tiers-1-2")) {
                BigDecimal value = switch (column) {
                    case "target" -> p.target();
                    case "actual" -> p.actual();
                    case "with-tier-1" -> p.withTier1();
                    default -> p.withTiers1And2();
                };
                lines.add(p.kind().share() ? new Line(targets, name + " · " + text("dashboard.column." + column, locale),
                        null, value, null)
                        : new Line(targets, name + " · " + text("dashboard.column." + column, locale),
                        value == null ? null : value.longValue(), null, null));
            }
        }
        String actuals = text("dashboard.standing.heading", locale);
        FirmFigures.Standing s = d.standing();
        lines.add(new Line(actuals, text("dashboard.drill.HTE", locale), s.hte(), null, null));
        lines.add(new Line(actuals, text("dashboard.drill.HTE_ABOVE_SIZE", locale), s.hteAboveSize(), null, null));
        lines.add(new Line(actuals, text("dashboard.drill.SPECIALISED", locale), s.specialised(), null, null));
        lines.add(new Line(actuals, text("dashboard.drill.SPECIALISED_HTE", locale), s.specialisedHte(), null, null));
        String expiring = text("dashboard.expiring.heading", locale);
        d.expiring().forEach(e -> lines.add(new Line(expiring, String.valueOf(e.year()), e.certificates(), null, null)));
        d.expiringFirms().forEach(f -> lines.add(new Line(expiring, f.name(), null, null,
                text("dashboard.expiring.until", locale) + " " + f.validUntil())));
        String funnel = text("dashboard.funnel.heading", locale);
        d.funnel().forEach(f -> lines.add(new Line(funnel, text("dashboard.stage." + f.stage(), locale),
                f.reached(), f.conversion(), text("dashboard.funnel.at-stage", locale) + " " + f.atStage())));
        String conversions = text("dashboard.conversion.heading", locale);
        d.conversions().forEach(c -> lines.add(new Line(conversions, String.valueOf(c.year()), c.techSmes(),
                c.conversion(), text("dashboard.conversion.recognised", locale) + " " + c.recognisedNextYear())));
        String cycles = text("dashboard.cycles.heading", locale);
        for (CycleTiers c : d.cycles()) {
            lines.add(new Line(cycles, c.year() + " · " + tier(TierResult.TIER_1, locale), c.tier1(), null, null));
            lines.add(new Line(cycles, c.year() + " · " + tier(TierResult.TIER_2, locale), c.tier2(), null, null));
            lines.add(new Line(cycles, c.year() + " · " + tier(TierResult.TIER_3, locale), c.tier3(), null, null));
        }
        String fields = text("dashboard.fields.heading", locale);
        for (FieldTiers f : d.fields()) {
            String field = f.label() == null ? text("dashboard.fields.none", locale) : f.label();
            lines.add(new Line(fields, field + " · " + tier(TierResult.TIER_1, locale), f.tier1(), null, null));
            lines.add(new Line(fields, field + " · " + tier(TierResult.TIER_2, locale), f.tier2(), null, null));
            lines.add(new Line(fields, field + " · " + tier(TierResult.TIER_3, locale), f.tier3(), null, null));
        }
        String sizes = text("dashboard.sizes.heading", locale);
        d.sizes().forEach(z -> lines.add(new Line(sizes, text("dashboard.size." + z.aboveSize(), locale), z.firms(),
                null, text("dashboard.sizes.hte", locale) + " " + z.hte())));
        String departments = text("dashboard.departments.heading", locale);
        for (DepartmentCount c : d.departments()) {
            lines.add(new Line(departments, c.department(), c.referred(), null, text("dashboard.departments.note",
                    locale, c.inPool(), c.tier1(), c.tier2(), c.tier3(), c.recognised())));
        }
        if (d.chains() != null) {
            String chains = text("dashboard.chains.heading", locale);
            d.chains().chains().forEach(c -> lines.add(new Line(chains, c.chain() == null
                    ? text("dashboard.chains.unchained", locale) : c.chain().name(locale), c.firms().count(), null,
                    text("dashboard.chains.hte", locale) + " " + c.hte().count())));
        }
        if (d.subsidies() != null) {
            String subsidies = text("dashboard.subsidies.heading", locale, String.valueOf(d.year()));
            d.subsidies().events().forEach(e -> lines.add(new Line(subsidies, text("subsidy.event." + e.event(), locale),
                    e.committedFirms(), null, text("dashboard.subsidies.line", locale, e.committedAmount().toPlainString(),
                            e.expectedFirms(), e.expectedAmount().toPlainString()))));
        }
        String trend = text("dashboard.trend.heading", locale);
        d.trend().forEach(t -> lines.add(new Line(trend, String.valueOf(t.year()), t.validHte(), null,
                text("dashboard.trend.note", locale, t.issued(), t.tier1(), t.tier2(), t.tier3()))));
        return lines;
    }

    private String tier(TierResult tier, Locale locale) {
        return text("dashboard.tier." + tier.name(), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
