package cn.baiyun.hte.subsidy;

import java.util.List;

import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import reactor.core.publisher.Mono;

/**
 * The subsidy schedule and a year's committed and expected amounts. The texts and examples of the operations are
 * in {@code openapi/operations/subsidies.yaml}.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subsidies", description = "The district's subsidy schedule and what it commits in a year")
class SubsidyApi {

    private static final String RATES = "/api/v1/subsidy-rates";
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final SubsidySchedule schedule;
    private final SubsidyOutlooks outlooks;

    SubsidyApi(SubsidySchedule schedule, SubsidyOutlooks outlooks) {
        this.schedule = schedule;
        this.outlooks = outlooks;
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping(RATES)
    @Operation(operationId = "listSubsidyRates", summary = "The schedule's rows of a year")
    Mono<List<SubsidyRate>> list(PortalUser user, @Parameter(description = "The year, e.g. 2026")
                                 @RequestParam int year) {
        return schedule.of(user, year).collectList();
    }

    @PostMapping(path = RATES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addSubsidyRate", summary = "Add a row to the schedule (reviewers)",
            responses = @ApiResponse(responseCode = "201", description = "Added; Location names the new row",
                    content = @Content(schema = @Schema(implementation = SubsidyRate.class))))
    Mono<ResponseEntity<SubsidyRate>> add(PortalUser user, @RequestBody RateDetails details) {
        return schedule.add(user, details)
                .map(added -> ETags.created(RATES + "/{id}", added.id(), added.version(), added));
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping(RATES + "/{rateId}")
    @Operation(operationId = "getSubsidyRate", summary = "One row of the schedule; the ETag carries its version")
    Mono<ResponseEntity<SubsidyRate>> get(PortalUser user, @PathVariable String rateId) {
        return schedule.find(user, rateId).map(rate -> ETags.ok(rate, rate.version()));
    }

    @PutMapping(path = RATES + "/{rateId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateSubsidyRate", summary = "Change a row of the schedule (reviewers)")
    Mono<ResponseEntity<SubsidyRate>> update(PortalUser user, @PathVariable String rateId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RateDetails details) {
        return Mono.defer(() -> schedule.update(user, rateId, details, IfMatch.optional(ifMatch)))
                .map(rate -> ETags.ok(rate, rate.version()));
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping("/api/v1/subsidies/{year}")
    @Operation(operationId = "getSubsidyOutlook", summary = "A year's subsidy amounts, committed and expected, by event")
    Mono<SubsidyOutlook> outlook(PortalUser user, @PathVariable int year) {
        return outlooks.forYear(user, year);
    }
}
