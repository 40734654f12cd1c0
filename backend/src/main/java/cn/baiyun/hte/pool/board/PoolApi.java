package cn.baiyun.hte.pool.board;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.run.AssessmentRunner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/cycles/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Pool", description = "Reviewers: assessment runs, the pool of a cycle, tier decisions and publication")
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

    /**
     * One firm's line in the pool, without the snapshot it was computed from.
     *
     * @param publication    what the firm sees, null until published
     * @param acknowledgedAt when the firm acknowledged the current publication
     * @param techSme        where the run found the firm on the tech-based SME step
     */
    record EntrySummary(String enterpriseId, String firmName, String technicalField, PoolEntry.Outcome outcome,
                        EntryStatus status, TierResult proposedTier, List<String> unmet, List<MissingData> missing,
                        String ruleSetVersion, String inputsDigest, PoolEntry.Decision decision,
                        PublicationSummary publication, Instant acknowledgedAt, TechSmeStanding techSme) {

        static EntrySummary of(PoolEntry entry) {
            return new EntrySummary(entry.enterpriseId(), entry.firmName(), entry.technicalField(), entry.outcome(),
                    EntryStatus.of(entry), entry.proposedTier(), entry.unmet(), entry.missing(), entry.ruleSetVersion(),
                    entry.inputsDigest(), entry.decision(), PublicationSummary.of(entry.publication()),
                    entry.acknowledgedAt(), TechSmeStanding.of(entry));
        }
    }

    /** What was published to the firm, without the snapshot (the entry page recomputes from it). */
    record PublicationSummary(PoolEntry.Outcome outcome, TierResult tier, List<String> unmet,
                              List<MissingData> missing, String ruleSetVersion, String comment, Instant publishedAt) {

        static PublicationSummary of(PoolEntry.Publication publication) {
            return publication == null ? null : new PublicationSummary(publication.outcome(), publication.tier(),
                    publication.unmet(), publication.missing(), publication.ruleSetVersion(), publication.comment(),
                    publication.publishedAt());
        }
    }

    /** @param reason required unless the tier confirms the proposal */
    record DecisionRequest(TierResult tier, String reason) {
    }

    /** @param comment the bureau's word to the firm, at most 1000 characters, shown without who wrote it */
    record PublicationRequest(String comment) {
    }

    /**
     * The board's filters (as on {@code GET entries}) and one comment for every firm published.
     */
    record BulkPublicationRequest(String proposedTier, String decidedTier, String technicalField, String status,
                                  String department, String outcome, String techSme, String comment) {

        PoolFilter filter() {
            return new PoolFilter(proposedTier, decidedTier, technicalField, status, department, outcome, techSme);
        }
    }

    record BulkPublication(long published) {
    }

    @PostMapping("/assessment-runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "startAssessmentRun", summary = "Assess every verified firm for the cycle, in the "
            + "background; the cycle's run shows the progress. Running again changes only entries whose inputs changed.")
    Mono<ResponseEntity<Cycle>> start(PortalUser user, @PathVariable int year, @RequestBody(required = false) RunRequest request) {
        boolean includeSubmitted = request != null && Boolean.TRUE.equals(request.includeSubmitted());
        return runner.start(user, year, includeSubmitted).map(cycle -> ResponseEntity.accepted().body(cycle));
    }

    @GetMapping("/entries/{enterpriseId}")
    @Operation(operationId = "getPoolEntry", summary = "One firm's entry in the cycle's pool")
    Mono<EntrySummary> entry(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId) {
        return pool.entry(user, year, enterpriseId).map(EntrySummary::of);
    }

    @PostMapping("/entries/{enterpriseId}/decision")
    @Operation(operationId = "decidePoolTier", summary = "Confirm the proposed tier of an assessed firm, or set another with a reason")
    Mono<EntrySummary> decide(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                              @RequestBody DecisionRequest request) {
        return pool.decide(user, year, enterpriseId, request.tier(), request.reason()).map(EntrySummary::of);
    }

    @PostMapping("/entries/{enterpriseId}/publication")
    @Operation(operationId = "publishPoolEntry", summary = "Show the firm its feedback: the decided tier (an undecided "
            + "proposal is confirmed first) or what it must still file, with an optional comment. Replaces an earlier "
            + "publication and resets the firm's acknowledgement.")
    Mono<EntrySummary> publish(PortalUser user, @PathVariable int year, @PathVariable String enterpriseId,
                               @RequestBody(required = false) PublicationRequest request) {
        return pool.publish(user, year, enterpriseId, request == null ? null : request.comment()).map(EntrySummary::of);
    }

    @PostMapping("/publications")
    @Operation(operationId = "publishPoolEntries", summary = "Publish the feedback of every firm the filters match, "
            + "as the per-firm publication does; answers how many were published (an entry changed meanwhile is skipped)")
    Mono<BulkPublication> publishAll(PortalUser user, @PathVariable int year,
                                     @RequestBody(required = false) BulkPublicationRequest request) {
        PoolFilter filter = request == null ? PoolFilter.none() : request.filter();
        return pool.publishAll(user, year, filter, request == null ? null : request.comment())
                .map(BulkPublication::new);
    }

    @GetMapping("/entries")
    @Operation(operationId = "listPoolEntries", summary = "The cycle's pool, filtered: each firm's proposal or what "
            + "it must still file, the bureau's decision and what the firm was shown")
    Mono<PageOf<EntrySummary>> entries(PortalUser user, @PathVariable int year,
                            @Parameter(description = "the engine's proposal",
                                    schema = @Schema(implementation = TierResult.class))
                            @RequestParam(required = false) String proposedTier,
                            @Parameter(description = "the bureau's decided tier",
                                    schema = @Schema(implementation = TierResult.class))
                            @RequestParam(required = false) String decidedTier,
                            @Parameter(description = "a technical field code (second or third level), matched exactly")
                            @RequestParam(required = false) String technicalField,
                            @Parameter(description = "where the entry stands: see EntryStatus (DECIDED includes a "
                                    + "decision taken after the last publication)",
                                    schema = @Schema(implementation = EntryStatus.class))
                            @RequestParam(required = false) String status,
                            @Parameter(description = "the referring department, by its exact name")
                            @RequestParam(required = false) String department,
                            @Parameter(description = "whether the firm could be assessed",
                                    schema = @Schema(implementation = PoolEntry.Outcome.class))
                            @RequestParam(required = false) String outcome,
                            @Parameter(description = "the firm's tech-based SME standing in the run: TO_REGISTER lists "
                                    + "the firms whose figures pass the evaluation and that are not in the register "
                                    + "(with proposedTier=TIER_3, the firms tier 3 tells to register)",
                                    schema = @Schema(implementation = TechSmeStanding.class))
                            @RequestParam(required = false) String techSme,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor) {
        PoolFilter filter = new PoolFilter(proposedTier, decidedTier, technicalField, status, department, outcome,
                techSme);
        return pool.entries(user, new PoolSearch(year, filter, limit, cursor))
                .map(page -> page.map(EntrySummary::of));
    }
}
