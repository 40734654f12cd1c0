package cn.baiyun.hte.filing;

import java.net.URI;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Annual filings. Every write names the version it edits in {@code If-Match} (the ETag of the last
 * read); a missing one gets 428, a stale one 412, and neither changes anything.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Filings", description = "Annual filings of financials, R&D spend, staff, incidents and self-assessment, and their review")
class FilingApi {

    private static final String IF_MATCH = "The ETag of the version being changed; required (428 without it, 412 when stale)";
    private static final String FILING = "/api/v1/enterprises/{enterpriseId}/filings/{fiscalYear}";

    private final FilingService filings;

    FilingApi(FilingService filings) {
        this.filings = filings;
    }

    @GetMapping("/api/v1/enterprises/{enterpriseId}/filings")
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "listFirmFilings", summary = "A firm's filings, latest fiscal year first")
    Mono<List<FilingSummary>> list(PortalUser user, @PathVariable String enterpriseId) {
        return filings.ofFirm(user, enterpriseId).map(FilingSummary::of).collectList();
    }

    @PostMapping("/api/v1/enterprises/{enterpriseId}/filings")
    @ClientScope(Scopes.FILINGS_WRITE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createFiling", summary = "Start the draft filing of an ended fiscal year")
    Mono<ResponseEntity<FilingResource>> create(PortalUser user, @PathVariable String enterpriseId,
                                                @RequestBody FilingRequests.NewFiling request) {
        return filings.create(user, enterpriseId, request.fiscalYear()).map(filing -> ResponseEntity
                .created(URI.create("/api/v1/enterprises/" + enterpriseId + "/filings/" + filing.fiscalYear()))
                .eTag(ETags.of(filing.version()))
                .body(FilingResource.of(filings.view(filing))));
    }

    @GetMapping(FILING)
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "getFiling", summary = "One filing with its review comments, progress and derived figures")
    Mono<ResponseEntity<FilingResource>> get(PortalUser user, @PathVariable String enterpriseId,
                                             @PathVariable int fiscalYear) {
        return filings.find(user, enterpriseId, fiscalYear).map(this::withETag);
    }

    @GetMapping(FILING + "/revisions")
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "listFilingRevisions", summary = "The accepted revisions that amendments replaced, oldest first")
    Mono<List<FilingRevision>> revisions(PortalUser user, @PathVariable String enterpriseId,
                                         @PathVariable int fiscalYear) {
        return filings.find(user, enterpriseId, fiscalYear).map(Filing::previousRevisions);
    }

    @PutMapping(FILING + "/financials")
    @ClientScope(Scopes.FILINGS_WRITE)
    @Operation(operationId = "saveFilingFinancials", summary = "Save the financials section (a draft may be incomplete)")
    Mono<ResponseEntity<FilingResource>> financials(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Financials section) {
        return save(user, enterpriseId, fiscalYear, FilingSection.FINANCIALS, section, ifMatch);
    }

    @PutMapping(FILING + "/rd-spend")
    @ClientScope(Scopes.FILINGS_WRITE)
    @Operation(operationId = "saveFilingRdSpend", summary = "Save the R&D spend section")
    Mono<ResponseEntity<FilingResource>> rdSpend(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RdSpend section) {
        return save(user, enterpriseId, fiscalYear, FilingSection.RD_SPEND, section, ifMatch);
    }

    @PutMapping(FILING + "/staff")
    @ClientScope(Scopes.FILINGS_WRITE)
    @Operation(operationId = "saveFilingStaff", summary = "Save the staff section: annual averages or twelve monthly rows")
    Mono<ResponseEntity<FilingResource>> staff(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Staff section) {
        return save(user, enterpriseId, fiscalYear, FilingSection.STAFF, section, ifMatch);
    }

    @PutMapping(FILING + "/incidents")
    @Operation(operationId = "saveFilingIncidents", summary = "Save the incidents section, or declare none")
    Mono<ResponseEntity<FilingResource>> incidents(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Incidents section) {
        return save(user, enterpriseId, fiscalYear, FilingSection.INCIDENTS, section, ifMatch);
    }

    @PutMapping(FILING + "/self-assessment")
    @Operation(operationId = "saveFilingSelfAssessment", summary = "Save the self-assessment of the expert-judged score items")
    Mono<ResponseEntity<FilingResource>> selfAssessment(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody SelfAssessment section) {
        return save(user, enterpriseId, fiscalYear, FilingSection.SELF_ASSESSMENT, section, ifMatch);
    }

    @PostMapping(FILING + "/submission")
    @Operation(operationId = "submitFiling", summary = "Submit a complete, valid draft or returned filing for review",
            description = "The body must declare the data true, accurate and complete (`commitment: true`); without "
                    + "it the submission is refused with a validation problem on `commitment`. A returned section "
                    + "must have been saved again before resubmitting. A filing already submitted or accepted is "
                    + "a conflict. The first submission gives the filing its `reference` number.")
    Mono<ResponseEntity<FilingResource>> submit(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) FilingRequests.FilingSubmission request) {
        boolean committed = request != null && request.committed();
        return filings.submit(user, enterpriseId, fiscalYear, committed, IfMatch.required(ifMatch)).map(this::withETag);
    }

    @PostMapping(FILING + "/return")
    @Operation(operationId = "returnFiling", summary = "Reviewers: return a submitted filing with a comment per section to change")
    Mono<ResponseEntity<FilingResource>> returnForChanges(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody FilingRequests.ReturnForChanges request) {
        Map<FilingSection, String> comments = request.comments() == null ? Map.of() : request.comments();
        return filings.returnSections(user, enterpriseId, fiscalYear, comments, IfMatch.required(ifMatch))
                .map(this::withETag);
    }

    @PostMapping(FILING + "/acceptance")
    @Operation(operationId = "acceptFiling", summary = "Reviewers: accept a submitted filing, which locks it")
    Mono<ResponseEntity<FilingResource>> accept(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return filings.accept(user, enterpriseId, fiscalYear, IfMatch.required(ifMatch)).map(this::withETag);
    }

    @PostMapping(FILING + "/amendment")
    @Operation(operationId = "amendFiling", summary = "Open an accepted filing as a new draft revision; the accepted one stays in the history")
    Mono<ResponseEntity<FilingResource>> amend(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable int fiscalYear, @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return filings.amend(user, enterpriseId, fiscalYear, IfMatch.required(ifMatch)).map(this::withETag);
    }

    @GetMapping("/api/v1/filings")
    @Operation(operationId = "searchFilings", summary = "Reviewers: filings of all firms, filtered, in stable order")
    Mono<PageOf<FilingSummary>> search(PortalUser user, @RequestParam(required = false) Integer fiscalYear,
                                    @RequestParam(required = false) FilingStatus status,
                                    @RequestParam(required = false) String technicalField,
                                    @RequestParam(required = false) String enterpriseId,
                                    @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) String cursor) {
        var search = new FilingSearch(fiscalYear, status, technicalField, enterpriseId, limit, cursor);
        return filings.search(user, search).map(page -> page.map(FilingSummary::of));
    }

    private Mono<ResponseEntity<FilingResource>> save(PortalUser user, String enterpriseId, int fiscalYear,
                                                      FilingSection section, Object value, String ifMatch) {
        return filings.saveSection(user, enterpriseId, fiscalYear, section, value, IfMatch.required(ifMatch))
                .map(this::withETag);
    }

    private ResponseEntity<FilingResource> withETag(Filing filing) {
        return ResponseEntity.ok().eTag(ETags.of(filing.version())).body(FilingResource.of(filings.view(filing)));
    }
}
