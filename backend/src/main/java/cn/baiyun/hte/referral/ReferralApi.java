package cn.baiyun.hte.referral;

import java.net.URI;
import java.util.Locale;

import cn.baiyun.hte.platform.error.Problem;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Partner departments' referrals of firms into the pool. Department officers, and integration clients
 * holding {@code referrals:write} whose token carries a {@code department} claim, refer firms and read
 * their own department's referrals; reviewers read every department's. Everyone else gets 403.
 */
@RestController
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "Partner departments refer firms into the cultivation pool and follow them")
class ReferralApi {

    private final ReferralService referrals;
    private final ReferralImports imports;
    private final ProblemFactory messages;

    ReferralApi(ReferralService referrals, ReferralImports imports, ProblemFactory messages) {
        this.referrals = referrals;
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.REFERRALS_WRITE)
    @Operation(operationId = "referFirm",
            summary = "Refer a firm for the caller's own department (department officers; clients with "
                    + "referrals:write and a department claim)",
            description = "The department is the caller's: an officer's account attribute or a client's "
                    + "`department` claim; a client without one gets 403. A firm the portal does not know yet "
                    + "is listed as unverified under the given name, so that its staff can claim it later; for a "
                    + "known firm the name is not used. A department refers a firm once: a second referral gets 409.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Referred",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ReferralItem.class))),
                    @ApiResponse(responseCode = "409", description = "The department has already referred this firm",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<ReferralItem>> refer(PortalUser user, @RequestBody ReferralRequest request) {
        return referrals.refer(user, request).map(item -> ResponseEntity.status(HttpStatus.CREATED).body(item));
    }

    @GetMapping
    @ClientScope(Scopes.REFERRALS_READ)
    @Operation(operationId = "listReferrals",
            summary = "Referrals in the order they were made, a page at a time: reviewers every department's, "
                    + "others their own department's")
    Mono<PageOf<ReferralItem>> list(PortalUser user,
            @Parameter(description = "Only this department's referrals; for those who refer, only their own "
                    + "department may be named (another gets 403)")
            @RequestParam(required = false) String department,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return referrals.page(user, new ReferralSearch(department, limit, cursor));
    }

    @PostMapping(path = "/{referralId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "changeReferralStatus",
            summary = "Reviewers: record that the bureau contacted the referred firm, or decline the referral",
            description = "A referral starts RECEIVED. Reviewers move it to CONTACTED, or to DECLINED with a reason "
                    + "the referring department reads (from RECEIVED or CONTACTED). IN_POOL is never set here: it "
                    + "follows when a tier is published to the firm, and carries that tier. Any other step gets 409, "
                    + "a decline without a reason 400. For the bureau's people only: departments get 403, and so does every integration client (no scope admits it). The referring "
                    + "department is told through the `referral.updated` event (and webhook).",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The referral with its new status",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ReferralItem.class))),
                    @ApiResponse(responseCode = "404", description = "No such referral",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "409", description = "The referral is past that step (or in the pool)",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ReferralItem> changeStatus(PortalUser user, @PathVariable String referralId,
                                    @RequestBody ReferralStatusChange change) {
        return referrals.changeStatus(user, referralId, change);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ClientScope(Scopes.REFERRALS_WRITE)
    @Operation(operationId = "importReferrals",
            summary = "Refer a list of firms at once from a CSV or XLSX file, for the caller's own department",
            description = "One row per firm, the first row a heading: column A the unified social credit code, B "
                    + "the firm's name, C the reason, D whom to call at the firm. CSV in UTF-8 (with or without a "
                    + "byte-order mark); for XLSX the first sheet. Each row is checked as a single referral would "
                    + "be: a row in error changes nothing and is reported (INVALID with its column and reason, or "
                    + "DUPLICATE when the department referred the firm already), the others are imported. The "
                    + "answer (202) is the import as started; its rows are processed in the background, so follow "
                    + "it with getReferralImport until its state is FINISHED. Files of any length are streamed; "
                    + "larger than hte.documents.max-size (20 MB by default) gets 413.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = ImportForm.class))),
            responses = {
                    @ApiResponse(responseCode = "202", description = "Started; the report fills as rows are processed",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportReport.class))),
                    @ApiResponse(responseCode = "400", description = "No file, an empty one, or neither CSV nor XLSX",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<ImportReport>> importList(PortalUser user, Locale locale,
                                                  @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, ImportForm.FILE, (form, content) -> imports.start(user, form.filename(), content))
                .map(job -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .location(URI.create("/api/v1/referrals/imports/" + job.id()))
                        .body(ImportReport.of(job, messages, locale)));
    }

    @GetMapping("/imports/{importId}")
    @ClientScope(Scopes.REFERRALS_READ)
    @Operation(operationId = "getReferralImport",
            summary = "An import of the caller's department (reviewers: any) with its progress and per-row report",
            description = "While the state is RUNNING the counts grow as rows are processed; FINISHED once every "
                    + "row is; FAILED when the file could not be read to its end (the reason in `failure`; rows "
                    + "imported before stay). `problems` lists the rows not imported (the first 1000; "
                    + "`problemsLeftOut` counts the rest). Another department's import gets 404.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "The import",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = ImportReport.class))),
                    @ApiResponse(responseCode = "404", description = "No such import for the caller",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ImportReport> importReport(PortalUser user, Locale locale, @PathVariable String importId) {
        return imports.find(user, importId).map(job -> ImportReport.of(job, messages, locale));
    }

    /** The part of an import, for the API contract; the handler reads it as a stream. */
    @Schema(name = "ReferralImportUpload", requiredProperties = {"file"})
    record ImportForm(@Schema(type = "string", format = "binary",
            description = "The CSV or XLSX list: code, name, reason, contact; the first row a heading") String file) {

        static final String FILE = "file";
    }
}
