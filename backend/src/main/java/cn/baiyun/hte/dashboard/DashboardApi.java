package cn.baiyun.hte.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The programme dashboard's figures: reviewers read everything and set the targets; department officers and
 * integration clients holding {@code dashboard:read} read the figures without firm lists; firm users nothing.
 */
@RestController
@Tag(name = "Dashboard", description = "The programme's targets against actuals, the pipeline and its breakdowns")
class DashboardApi {

    private final DashboardService dashboards;
    private final DrillDowns drillDowns;
    private final TargetService targets;
    private final DashboardWorkbook workbook;
    private final Clock clock;

    DashboardApi(DashboardService dashboards, DrillDowns drillDowns, TargetService targets, DashboardWorkbook workbook,
                 Clock clock) {
        this.dashboards = dashboards;
        this.drillDowns = drillDowns;
        this.targets = targets;
        this.workbook = workbook;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.DASHBOARD_READ)
    @Operation(operationId = "getDashboard", summary = "The dashboard's figures on a day",
            description = "Everything the dashboard page shows, computed in the database on the day asked for "
                    + "(Asia/Shanghai; today when left out): the year's targets (the bureau's, carried over from an "
                    + "earlier year, or the Baiyun plan's 2025 seed: `targets.seeded`), each target against the "
                    + "actual and the outlook if the current cycle's decided tier-1 (and tier-2) firms were "
                    + "recognised; the actual counts (valid HTE certificates, of them above designated size, valid "
                    + "专精特新 certificates and firms holding both); certificates ending this year and next; the "
                    + "funnel by lifecycle stage with its conversions; tech-based SME → HTE conversion by cohort; "
                    + "tiers per cycle with the change from the year before; the current cycle by technical field; "
                    + "firms by above-size flag; and the trend by year. Shares are fractions with four decimals. "
                    + "Reviewers (`full`: true) also get the expiring firms and the departments' referral counts; "
                    + "department officers and clients get those two lists empty. Reads only; changes nothing.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The figures",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = Dashboard.class))),
                    @ApiResponse(responseCode = "400", description = "The date is not one of the years 2000 to 2100",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<Dashboard> dashboard(PortalUser user, Locale locale,
            @Parameter(description = "The day the figures are counted on, e.g. 2026-12-31; today when left out")
            @RequestParam(required = false) LocalDate date) {
        return checked(date).flatMap(day -> dashboards.dashboard(user, day, locale));
    }

    @GetMapping("/api/v1/dashboard.xlsx")
    @ClientScope(Scopes.DASHBOARD_READ)
    @Operation(operationId = "exportDashboardXlsx", summary = "The whole dashboard as an Excel workbook",
            description = "The same figures as getDashboard on the day asked for, one line per figure (section, "
                    + "item, count or share, note), headed in the request's language (Accept-Language). Reviewers' "
                    + "workbooks also list the expiring firms and the departments. Reads only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The workbook, as an attachment",
                            content = @Content(mediaType = StreamingWorkbook.MEDIA_TYPE,
                                    schema = @Schema(type = "string", format = "binary"))),
                    @ApiResponse(responseCode = "400", description = "The date is not one of the years 2000 to 2100",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<byte[]>> xlsx(PortalUser user, Locale locale,
            @Parameter(description = "The day the figures are counted on; today when left out")
            @RequestParam(required = false) LocalDate date) {
        return checked(date).flatMap(day -> workbook.download(dashboards.dashboard(user, day, locale), locale));
    }

    @GetMapping(path = "/api/v1/dashboard/targets/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.DASHBOARD_READ)
    @Operation(operationId = "getDashboardTargets", summary = "The targets that apply to a year",
            description = "The year's own targets, else the latest earlier year's (`setFor` names it), else the "
                    + "Baiyun plan's seed (110 HTEs, 28 above designated size, 10% of 专精特新 firms) for 2025 and "
                    + "later (`seeded`). The ETag carries the version of the year's own targets, for "
                    + "setDashboardTargets' If-Match. Readers of the dashboard only. Reads only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The targets",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = Targets.class))),
                    @ApiResponse(responseCode = "404", description = "No targets apply to a year before the plan's",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<Targets>> targets(PortalUser user, @PathVariable int year) {
        return DashboardService.full(user).then(targets.effective(year))
                .switchIfEmpty(Mono.error(PortalException.notFound()))
                .map(found -> found.version() == null ? ResponseEntity.ok(found)
                        : ResponseEntity.ok().eTag(ETags.of(found.version())).body(found));
    }

    @PutMapping(path = "/api/v1/dashboard/targets/{year}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "setDashboardTargets", summary = "Reviewers: set a year's targets",
            description = "Sets the three targets of a year (2000 to 2100): HTE firms, of them above designated "
                    + "size (not more than the first), and the share of valid 专精特新 firms that are HTEs in percent "
                    + "(more than 0, at most 100, two decimals). Later years without targets of their own follow "
                    + "it. Recorded in the audit trail as `dashboard.targets.changed` with each figure's change. "
                    + "With If-Match (the ETag of getDashboardTargets), a newer version gets 412 and nothing "
                    + "changes. For the bureau's people only: departments and every integration client get 403.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = TargetRequest.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The year's targets as stored",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = YearTargets.class))),
                    @ApiResponse(responseCode = "400", description = "A figure missing or out of range",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "412", description = "The targets changed since the version named",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<YearTargets>> setTargets(PortalUser user, @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TargetRequest request) {
        return targets.set(user, year, request, IfMatch.optional(ifMatch))
                .map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved));
    }

    @GetMapping(path = "/api/v1/dashboard/firms", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listDashboardFirms", summary = "Reviewers: the firms behind one of the dashboard's numbers",
            description = "A page of the firms one number counts, in a stable order: `metric` HTE, HTE_ABOVE_SIZE, "
                    + "SPECIALISED, SPECIALISED_HTE, ABOVE_SIZE or NOT_ABOVE_SIZE (counted today), EXPIRING with "
                    + "`year` (in the order the certificates end, then by name), STAGE with `stage`, TIER with "
                    + "`year`, `tier` and optionally `field` (a technical field's code and those below it), "
                    + "DEPARTMENT with `department` and `column` REFERRED (when left out), IN_POOL, TIER_1, TIER_2, "
                    + "TIER_3 or RECOGNISED: exactly the firms the department's count in getDashboard counts there; "
                    + "CHAIN with `group` (a chain's id, or `none` for the firms flagged without a chain) and "
                    + "CLUSTER with `group` (the cluster's Chinese name), each with `column` FIRMS (when left out), HTE, "
                    + "LEADING, LISTED or LISTING_CANDIDATE: exactly the firms getChainBreakdown counts there today. "
                    + "Follow `next` as `cursor` for the next page. For the bureau's people only: department "
                    + "officers and every integration client get 403. Reads only.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "One page of firms",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = DrillPage.class))),
                    @ApiResponse(responseCode = "400", description = "The metric or one of its values is unknown "
                            + "(for CHAIN and CLUSTER also a group the breakdown does not show), or a cursor that is "
                            + "not in the list",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<DrillPage> firms(PortalUser user, @ParameterObject @ModelAttribute Drill drill,
                          @RequestParam(required = false) Integer limit) {
        return drillDowns.page(user, drill, limit, today());
    }

    private Mono<LocalDate> checked(LocalDate date) {
        LocalDate day = date == null ? today() : date;
        return day.getYear() < TargetValidator.FIRST_YEAR || day.getYear() > TargetValidator.LAST_YEAR
                ? Mono.error(PortalException.invalid(new FieldProblem("date", "dashboard.date.range",
                        String.valueOf(TargetValidator.FIRST_YEAR), String.valueOf(TargetValidator.LAST_YEAR))))
                : Mono.just(day);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
    }
}
