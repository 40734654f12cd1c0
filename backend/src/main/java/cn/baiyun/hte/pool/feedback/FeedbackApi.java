package cn.baiyun.hte.pool.feedback;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.coaching.CoachingTopic;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.MissingData;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.run.AssessmentJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A firm's tier feedback: the history of what the bureau published and each published cycle in full.
 * The firm's approved members and reviewers read; the members acknowledge. An unpublished entry is 404
 * for everyone here, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/enterprises/{enterpriseId}/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tier feedback", description = "What the bureau published to a firm about its tier, and the firm's acknowledgement")
class FeedbackApi {

    private final FeedbackService feedback;
    private final AssessmentJson json;

    FeedbackApi(FeedbackService feedback, AssessmentJson json) {
        this.feedback = feedback;
        this.json = json;
    }

    /** One published cycle in the firm's tier history. */
    record HistoryItem(int year, PoolEntry.Outcome outcome, TierResult tier, Instant publishedAt,
                       Instant acknowledgedAt) {

        static HistoryItem of(PoolEntry entry) {
            PoolEntry.Publication publication = entry.publication();
            return new HistoryItem(entry.cycleYear(), publication.outcome(), publication.tier(),
                    publication.publishedAt(), entry.acknowledgedAt());
        }
    }

    record History(List<HistoryItem> items) {
    }

    /**
     * The published feedback of one cycle.
     *
     * @param result        the engine's full result recomputed from the published snapshot, shaped as the
     *                      preview answers it; absent for an "insufficient data" outcome
     * @param comment       the bureau's word to the firm; who wrote it is never shown
     * @param coachingFocus the coaching topics of the tier (Baiyun plan); a tier-3 firm whose figures pass the
     *                      tech-based SME evaluation and that is not in the register has TECH_SME_REGISTRATION
     * @param techSme       the run's tech-based SME result as published, as the feedback page shows it; absent
     *                      when the run lacked the last fiscal year's figures
     */
    record FeedbackResource(int year, PoolEntry.Outcome outcome, TierResult tier, List<String> unmet,
                            List<MissingData> missing, String ruleSetVersion,
                            @Schema(implementation = Assessment.class) JsonNode result, String comment,
                            List<CoachingTopic> coachingFocus, Instant publishedAt, Instant acknowledgedAt,
                            @Schema(implementation = PoolEntry.TechSme.class) JsonNode techSme) {
    }

    /** When the firm acknowledged the cycle's current publication (the first time it did). */
    record Acknowledgement(int year, Instant acknowledgedAt) {
    }

    @GetMapping
    @Operation(operationId = "listTierFeedback", summary = "The firm's tier history: one item per published cycle, newest first")
    Mono<History> history(PortalUser user, @PathVariable String enterpriseId) {
        return feedback.history(user, enterpriseId).map(HistoryItem::of).collectList().map(History::new);
    }

    @GetMapping("/{year}")
    @Operation(operationId = "getTierFeedback", summary = "The feedback published for a cycle: tier, each condition, "
            + "score projection, catch-up, the bureau's comment and the coaching focus; 404 until it is published")
    Mono<FeedbackResource> get(PortalUser user, @PathVariable String enterpriseId, @PathVariable int year) {
        return feedback.published(user, enterpriseId, year).map(this::resource);
    }

    @PostMapping("/{year}/acknowledgement")
    @Operation(operationId = "acknowledgeTierFeedback", summary = "The firm acknowledges the published feedback "
            + "(firm members only); acknowledging again keeps the first time")
    Mono<Acknowledgement> acknowledge(PortalUser user, @PathVariable String enterpriseId, @PathVariable int year) {
        return feedback.acknowledge(user, enterpriseId, year)
                .map(entry -> new Acknowledgement(entry.cycleYear(), entry.acknowledgedAt()));
    }

    private FeedbackResource resource(FeedbackService.Feedback found) {
        PoolEntry.Publication publication = found.publication();
        JsonNode result = found.result() == null ? null : json.mapper().valueToTree(found.result());
        // Written as the assessment answers are, so the tech-SME route reads as the preview spells it (score).
        JsonNode techSme = publication.techSme() == null ? null : json.mapper().valueToTree(publication.techSme());
        return new FeedbackResource(found.year(), publication.outcome(), publication.tier(), publication.unmet(),
                publication.missing(), publication.ruleSetVersion(), result, publication.comment(),
                found.coachingFocus(), publication.publishedAt(), found.acknowledgedAt(), techSme);
    }
}
