package cn.baiyun.hte.pool.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.baiyun.hte.assessment.TechSmeEvaluator;
import cn.baiyun.hte.filing.FiledYear;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.run.SnapshotSources;
import cn.baiyun.hte.pool.run.TechSmeAssembler;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The firm's tech-based SME self-check: the records the HTE self-check reads ({@link SelfCheckService#records}),
 * evaluated as the cycle run evaluates them ({@link TechSmeAssembler}), except that the last fiscal year is
 * read from its latest revision whatever its status. Reads only.
 */
@Service
class TechSmeCheckService {

    /** The sections of the last fiscal year the evaluation reads; the incidents count as far as they are filed. */
    private static final Set<FilingSection> READ = Set.of(FilingSection.FINANCIALS, FilingSection.RD_SPEND,
            FilingSection.STAFF);

    private final SelfCheckService selfChecks;
    private final TechSmeEvaluator evaluator = new TechSmeEvaluator();

    TechSmeCheckService(SelfCheckService selfChecks) {
        this.selfChecks = selfChecks;
    }

    TechSmeEvaluator evaluator() {
        return evaluator;
    }

    /** Firm members and reviewers; anybody else is refused as the HTE self-check refuses them. */
    Mono<TechSmeCheck> check(PortalUser user, String enterpriseId) {
        return selfChecks.records(user, enterpriseId).map(this::check);
    }

    private TechSmeCheck check(SelfCheckService.Records records) {
        int dataYear = records.today().getYear() - 1;
        List<FiledYear> readable = new ArrayList<>();
        FiledYear last = null;
        List<FilingSection> open = List.of();
        for (FiledYear filed : records.filedYears()) {
            if (filed.fiscalYear() == dataYear) {
                last = filed;
                open = filed.unfinished().stream().filter(READ::contains).toList();
                if (!open.isEmpty()) {
                    continue;
                }
            }
            readable.add(filed);
        }
        var firm = records.firm();
        var certificate = firm.profile().hteCertificate();
        var outcome = TechSmeAssembler.assemble(new SnapshotSources(firm, readable, records.ipRights(),
                records.transformations()), records.today());
        SelfCheck.YearUsed used = last == null ? null
                : new SelfCheck.YearUsed(dataYear, last.status(), last.revision());
        if (!outcome.complete()) {
            var missing = SelfCheckService.missing(firm.id(), outcome.missing(),
                    open.isEmpty() ? Map.of() : Map.of(dataYear, open));
            return new TechSmeCheck(firm, records.today(), used, missing, null, null, certificate);
        }
        return new TechSmeCheck(firm, records.today(), used, List.of(), outcome.snapshot(),
                evaluator.evaluate(outcome.snapshot()), certificate);
    }
}
