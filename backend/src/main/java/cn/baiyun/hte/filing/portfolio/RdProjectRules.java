package cn.baiyun.hte.filing.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * An R&D project's spend is recorded per fiscal year, once per year, only for years the project ran in
 * and that have begun: spend is what was spent, not a plan.
 */
@Component
class RdProjectRules implements DetailsRules<RdProjectDetails> {

    static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$");
    static final int MAX_YEARS = 50;

    private final Clock clock;

    RdProjectRules(Clock clock) {
        this.clock = clock;
    }

    @Override
    public RdProjectDetails normalized(RdProjectDetails d) {
        return new RdProjectDetails(RecordChecks.strip(d.code()), RecordChecks.strip(d.title()), d.startDate(),
                d.endDate(), d.budget(), d.spendByYear());
    }

    @Override
    public Mono<List<FieldProblem>> problems(String enterpriseId, RdProjectDetails d) {
        return Mono.fromSupplier(() -> check(d));
    }

    private List<FieldProblem> check(RdProjectDetails d) {
        var checks = new RecordChecks(LocalDate.now(clock))
                .requiredText("code", d.code(), RecordChecks.MAX_TEXT)
                .requiredText("title", d.title(), RecordChecks.MAX_TEXT)
                .required("startDate", d.startDate())
                .required("endDate", d.endDate())
                .inOrder("endDate", d.startDate(), d.endDate(), "portfolio.rd-project.end-date.order")
                .money("budget", d.budget())
                .atMost("spendByYear", d.spendByYear(), MAX_YEARS);
        if (!checks.has("code") && !CODE.matcher(d.code()).matches()) {
            checks.add("code", "portfolio.rd-project.code.format");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < d.spendByYear().size(); i++) {
            String path = "spendByYear[" + i + "].";
            YearSpend spend = d.spendByYear().get(i);
            checks.required(path + "year", spend.year()).money(path + "amount", spend.amount());
            if (spend.year() == null) {
                continue;
            }
            if (!seen.add(spend.year())) {
                checks.add(path + "year", "portfolio.rd-project.spend.year.twice", String.valueOf(spend.year()));
            } else if (d.startDate() != null && d.endDate() != null && !d.endDate().isBefore(d.startDate())) {
                int first = d.startDate().getYear();
                int last = Math.min(d.endDate().getYear(), checks.today().getYear());
                if (spend.year() < first || spend.year() > last) {
                    checks.add(path + "year", "portfolio.rd-project.spend.year.range", String.valueOf(first),
                            String.valueOf(last));
                }
            }
        }
        return checks.problems();
    }

    @Override
    public PortalException duplicate(RdProjectDetails details) {
        return PortalException.conflict("portfolio.rd-project.duplicate", details.code());
    }
}
