package cn.baiyun.hte.pool.selfcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.SnapshotCheck;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.IpRight;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.filing.portfolio.TransformationsPerYear;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.run.SnapshotAssembler;
import cn.baiyun.hte.pool.run.SnapshotSources;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The firm's self-check: its own records assessed as of today (Asia/Shanghai) by the current rules, the way
 * the pool's run would, except that each fiscal year is read from its latest revision whatever its status.
 * The firm sees where its drafts would take it before the bureau has accepted anything. Reads only.
 */
@Service
class SelfCheckService {

    /** Sections every considered year needs; the last fiscal year also needs staff and the self-assessment. */
    private static final Set<FilingSection> EVERY_YEAR = Set.of(FilingSection.FINANCIALS, FilingSection.RD_SPEND,
            FilingSection.INCIDENTS);

    private final FirmAccess access;
    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final PortfolioService portfolio;
    private final Clock clock;
    private final HteEngine engine = new HteEngine(RuleSets.current());

    SelfCheckService(FirmAccess access, EnterpriseService enterprises, FilingService filings,
                     PortfolioService portfolio, Clock clock) {
        this.access = access;
        this.enterprises = enterprises;
        this.filings = filings;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    HteEngine engine() {
        return engine;
    }

    /**
     * What a self-check reads of a firm as of today: its profile, the latest revision of every filed year
     * whatever its status, and its portfolio. The HTE and the tech-SME self-checks read the same.
     */
    record Records(Enterprise firm, List<FiledYear> filedYears, List<IpRight> ipRights,
                   TransformationsPerYear transformations, LocalDate today) {
    }

    /** Firm members and reviewers; anybody else is refused as {@link FirmAccess} says. */
    Mono<Records> records(PortalUser user, String enterpriseId) {
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        return access.requireRead(user, enterpriseId)
                .then(Mono.zip(enterprises.find(user, enterpriseId),
                        filings.filedYears(user, enterpriseId).collectList(),
                        portfolio.ipRights(user, enterpriseId).collectList(),
                        portfolio.transformationsPerYear(user, enterpriseId)))
                .map(loaded -> new Records(loaded.getT1(), loaded.getT2(), loaded.getT3(), loaded.getT4(), today));
    }

    Mono<SelfCheck> check(PortalUser user, String enterpriseId) {
        return records(user, enterpriseId).map(records -> check(records.firm(), records.filedYears(),
                records.ipRights(), records.transformations(), records.today()));
    }

    private SelfCheck check(Enterprise firm, List<FiledYear> all, List<IpRight> ipRights,
                            TransformationsPerYear transformations, LocalDate today) {
        int thisYear = transformations.in(today.getYear());
        int lastYear = today.getYear() - 1;
        List<FiledYear> readable = new ArrayList<>();
        Map<Integer, List<FilingSection>> unfinished = new TreeMap<>();
        for (FiledYear filed : all) {
            List<FilingSection> open = unfinishedSections(filed, filed.fiscalYear() == lastYear);
            if (open.isEmpty()) {
                readable.add(filed);
            } else {
                unfinished.put(filed.fiscalYear(), open);
            }
        }
        var outcome = SnapshotAssembler.assemble(new SnapshotSources(firm, readable, ipRights, transformations), today);
        SelfCheck.PendingIp pending = pending(ipRights);
        if (!outcome.complete()) {
            return new SelfCheck(firm, List.of(), missing(firm.id(), outcome.missing(), unfinished), null, null,
                    pending, thisYear);
        }
        Map<Integer, FiledYear> byYear = all.stream()
                .collect(Collectors.toMap(FiledYear::fiscalYear, Function.identity()));
        List<SelfCheck.YearUsed> used = outcome.snapshot().fiscalYears().stream()
                .map(FiscalYear::year).sorted()
                .map(year -> new SelfCheck.YearUsed(year, byYear.get(year).status(), byYear.get(year).revision()))
                .toList();
        List<SelfCheck.Missing> invalid = SnapshotCheck.problems(outcome.snapshot()).stream()
                .map(problem -> new SelfCheck.Missing("invalid", List.of(problem.field()), filingsLink(firm.id())))
                .toList();
        if (!invalid.isEmpty()) {
            return new SelfCheck(firm, used, invalid, null, null, pending, thisYear);
        }
        Assessment assessed = engine.assess(outcome.snapshot());
        return new SelfCheck(firm, used, List.of(), outcome.snapshot(), assessed, pending, thisYear);
    }

    /** The sections the assessment reads that are not yet filled in completely (a returned one was complete). */
    private static List<FilingSection> unfinishedSections(FiledYear filed, boolean lastFiscalYear) {
        return filed.unfinished().stream()
                .filter(section -> lastFiscalYear || EVERY_YEAR.contains(section))
                .toList();
    }

    /** What is missing as the firm provides it: each item with the page where it does. */
    static List<SelfCheck.Missing> missing(String firmId, List<MissingData> missing,
                                                   Map<Integer, List<FilingSection>> unfinished) {
        List<SelfCheck.Missing> items = new ArrayList<>();
        for (MissingData data : missing) {
            switch (data.item()) {
                case "registrationDate", "technicalField" ->
                        items.add(new SelfCheck.Missing(data.item(), List.of(), "/firms/" + firmId + "/edit"));
                case "filing" -> {
                    int year = Integer.parseInt(data.argument());
                    List<FilingSection> open = unfinished.get(year);
                    if (open == null) {
                        items.add(new SelfCheck.Missing("filing", List.of(data.argument()), filingsLink(firmId)));
                    } else {
                        open.forEach(section -> items.add(new SelfCheck.Missing("section",
                                List.of(data.argument(), section.name()),
                                filingsLink(firmId) + "/" + year + "/" + section.slug())));
                    }
                }
                default -> items.add(new SelfCheck.Missing(data.item(),
                        data.argument() == null ? List.of() : List.of(data.argument()), filingsLink(firmId)));
            }
        }
        return items;
    }

    static String filingsLink(String firmId) {
        return "/firms/" + firmId + "/filings";
    }

    private static SelfCheck.PendingIp pending(List<IpRight> rights) {
        List<IpClass> pending = rights.stream().filter(IpRight::pending).map(IpRight::ipClass).toList();
        return new SelfCheck.PendingIp((int) pending.stream().filter(c -> c == IpClass.I).count(),
                (int) pending.stream().filter(c -> c == IpClass.II).count());
    }
}
