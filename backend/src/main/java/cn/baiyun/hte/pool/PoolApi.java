package cn.baiyun.hte.pool;

import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/cycles/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pool", description = "Reviewers: assessment runs and the proposed pool of a cycle")
class PoolApi {

    private final AssessmentRunner runner;
    private final PoolService pool;

    PoolApi(AssessmentRunner runner, PoolService pool) {
        this.runner = runner;
        this.pool = pool;
    }

    /** @param includeSubmitted also read filings that are submitted but not yet accepted */
    record RunRequest(Boolean includeSubmitted) {
    }

    /** One firm's line in the pool, without the snapshot it was computed from. */
    record EntrySummary(String enterpriseId, String firmName, String technicalField, PoolEntry.Outcome outcome,
                        TierResult proposedTier, List<String> unmet, List<MissingData> missing,
                        String ruleSetVersion, String inputsDigest, PoolEntry.Decision decision) {

        static EntrySummary of(PoolEntry entry) {
            return new EntrySummary(entry.enterpriseId(), entry.firmName(), entry.technicalField(), entry.outcome(),
                    entry.proposedTier(), entry.unmet(), entry.missing(), entry.ruleSetVersion(), entry.inputsDigest(),
                    entry.decision());
        }
    }

    /** @param reason required unless the tier confirms the proposal */
    record DecisionRequest(TierResult tier, String reason) {
    }

    record EntryPage(List<EntrySummary> items, String next) {
    }

    @PostMapping("/assessment-runs")
    @Operation(operationId = "startAssessmentRun", summary = "Assess every verified firm for the cycle, in the "
            + "background; the cycle's run shows the progress. Running again changes only entries whose inputs changed.")
    Mono<ResponseEntity<Cycle>> start(PortalUser user, @PathVariable int year, @RequestBody(required = false) RunRequest request) {
        boolean includeSubmitted = request != null && Boolean.TRUE.equals(request.includeSubmitted());
        return runner.start(user, year, includeSubmitted).map(cycle -> ResponseEntity.accepted().body(cycle));
    }

    @PostMapping("/entries/{enterpriseId}/decision")
    @Operation(operationId = "decidePoolTier", summary = "Confirm the proposed tier of an assessed firm, or set another with a reason")
    Mono<EntrySummary> decide(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                              @RequestBody DecisionRequest request) {
        return pool.decide(user, year, enterpriseId, request.tier(), request.reason()).map(EntrySummary::of);
    }

    @GetMapping("/entries")
    @Operation(operationId = "listPoolEntries", summary = "The cycle's pool: each firm's proposed tier, or what it must still file")
    Mono<EntryPage> entries(PortalUser user, @PathVariable int year,
                            @RequestParam(required = false) TierResult proposedTier,
                            @RequestParam(required = false) PoolEntry.Outcome outcome,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor) {
        return pool.entries(user, new PoolSearch(year, proposedTier, outcome, limit, cursor))
                .map(page -> new EntryPage(page.items().stream().map(EntrySummary::of).toList(), page.next()));
    }
}
