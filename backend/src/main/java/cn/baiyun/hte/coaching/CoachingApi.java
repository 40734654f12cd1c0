package cn.baiyun.hte.coaching;

import java.net.URI;
import java.time.LocalDate;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Coaching visits of a firm and their follow-ups. Reviewers log, plan and edit visits (a visit dated after
 * today is a planned one, see {@link VisitRules}); the firm's approved members read them and close the
 * follow-ups the firm took on; other roles and integration clients get 403. Writes may name the version they edit in {@code If-Match}; a stale one gets 412.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Coaching", description = "Face-to-face service visits (千企面对面) to firms and their follow-ups")
class CoachingApi {

    private static final String VISITS = "/api/v1/enterprises/{enterpriseId}/coaching-visits";
    private static final String VISIT = VISITS + "/{visitId}";
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final CoachingService coaching;

    CoachingApi(CoachingService coaching) {
        this.coaching = coaching;
    }

    @GetMapping(VISITS)
    @Operation(operationId = "listCoachingVisits",
            summary = "The firm's visits in the order they were logged, a page at a time")
    Mono<PageOf<CoachingVisit>> list(PortalUser user, @PathVariable String enterpriseId,
                         @RequestParam(required = false) Integer limit,
                         @RequestParam(required = false) String cursor) {
        return coaching.page(user, enterpriseId, limit, cursor);
    }

    @PostMapping(path = VISITS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "logCoachingVisit",
            summary = "Log a visit that took place, or plan one up to " + VisitRules.MAX_PLAN_DAYS
                    + " days ahead without summary and follow-ups (reviewers); answers its address and ETag",
            responses = @ApiResponse(responseCode = "201", description = "Logged; Location names the new visit",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = CoachingVisit.class))))
    Mono<ResponseEntity<CoachingVisit>> create(PortalUser user, @PathVariable String enterpriseId,
                                               @RequestBody VisitDetails details) {
        return coaching.logVisit(user, enterpriseId, details).map(saved -> {
            URI location = UriComponentsBuilder.fromPath(VISIT).buildAndExpand(enterpriseId, saved.id()).toUri();
            return ResponseEntity.created(location).eTag(ETags.of(saved.version())).body(saved);
        });
    }

    @GetMapping(VISIT)
    @Operation(operationId = "getCoachingVisit", summary = "One visit; the ETag carries its version for a later If-Match")
    Mono<ResponseEntity<CoachingVisit>> get(PortalUser user, @PathVariable String enterpriseId,
                                            @PathVariable String visitId) {
        return coaching.find(user, enterpriseId, visitId).map(CoachingApi::withETag);
    }

    @PutMapping(path = VISIT, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceCoachingVisit",
            summary = "Replace what a visit says, follow-ups included (reviewers), e.g. record a planned visit "
                    + "once it took place; follow-ups keep their ids when sent with them")
    Mono<ResponseEntity<CoachingVisit>> replace(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable String visitId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody VisitDetails details) {
        return Mono.defer(() -> coaching.update(user, enterpriseId, visitId, details, IfMatch.optional(ifMatch)))
                .map(CoachingApi::withETag);
    }

    @PostMapping(path = VISIT + "/follow-ups/{followUpId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "completeCoachingFollowUp",
            summary = "Mark an open follow-up done with a note: reviewers any, the firm's members those of the firm")
    Mono<ResponseEntity<CoachingVisit>> complete(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable String visitId, @PathVariable String followUpId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Completion completion) {
        return Mono.defer(() -> coaching.complete(user, enterpriseId, visitId, followUpId, completion,
                IfMatch.optional(ifMatch))).map(CoachingApi::withETag);
    }

    @GetMapping("/api/v1/coaching/follow-ups")
    @Operation(operationId = "listCoachingFollowUps",
            summary = "Follow-ups of every firm, the one due first first (reviewers), a page at a time")
    Mono<PageOf<FollowUpEntry>> followUps(PortalUser user,
            @Parameter(description = "Only follow-ups due strictly before this day, e.g. today for the overdue ones")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
            @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return coaching.followUps(user, new FollowUpSearch(dueBefore, status, limit, cursor));
    }

    private static ResponseEntity<CoachingVisit> withETag(CoachingVisit visit) {
        return ResponseEntity.ok().eTag(ETags.of(visit.version())).body(visit);
    }
}
