package cn.baiyun.hte.publication;

import java.net.URI;
import java.time.LocalDate;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import cn.baiyun.hte.platform.web.ETags;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The policy library (政策文件). Reading and downloading are public, without a token: the published policies,
 * newest first. Reviewers also read drafts and withdrawn ones (404 to anyone else), and draft (with the PDF),
 * edit, replace the PDF, publish and withdraw them; anyone else gets 403.
 */
@RestController
@Tag(name = "Policies", description = "The policy library: policy documents with their PDFs (public to read)")
class PolicyApi {

    static final String POLICIES = "/api/v1/policies";
    private static final String POLICY = POLICIES + "/{id}";
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final PolicyService policies;

    PolicyApi(PolicyService policies) {
        this.policies = policies;
    }

    @GetMapping(path = POLICIES, produces = JSON)
    @Operation(operationId = "listPolicies", summary = "Policies, newest published first, a page at a time; public "
            + "(published only), reviewers see every status unless they name one")
    Mono<PageOf<PolicyResource>> list(PortalUser user,
            @Parameter(description = "Words of the title (Chinese or English), as typed")
            @RequestParam(required = false) String q,
            @Parameter(description = "Only policies with this tag") @RequestParam(required = false) String tag,
            @Parameter(description = "Reviewers only, except PUBLISHED")
            @RequestParam(required = false) PublicationStatus status,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return policies.list(user, new PublicationSearch(q, tag, status, limit, cursor))
                .map(page -> page.map(PolicyResource::of));
    }

    @GetMapping(path = POLICY, produces = JSON)
    @Operation(operationId = "getPolicy", summary = "One policy; the ETag carries its version")
    Mono<ResponseEntity<PolicyResource>> get(PortalUser user, @PathVariable String id) {
        return policies.find(user, id).map(PolicyApi::withETag);
    }

    @GetMapping(path = POLICY + "/document", produces = FileType.PDF_MEDIA_TYPE)
    @Operation(operationId = "downloadPolicyDocument", summary = "The policy's PDF, as an attachment; ETag and "
            + "Repr-Digest carry its SHA-256", responses = @ApiResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = FileType.PDF_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))))
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, @PathVariable String id) {
        return policies.download(user, id);
    }

    @PostMapping(path = POLICIES, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = JSON)
    @Operation(operationId = "draftPolicy", summary = "Draft a policy with its PDF (reviewers); send the PDF as the "
            + "last part. The file is checked like every upload (size while it streams, type and whole structure "
            + "from the content) and must be a PDF (publication.file.not-pdf otherwise)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = PolicyForm.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Drafted; Location names it",
                            content = @Content(mediaType = JSON, schema = @Schema(implementation = PolicyResource.class))),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<ResponseEntity<PolicyResource>> create(PortalUser user,
                                                @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, PolicyFiles.FIELD,
                        (form, content) -> policies.create(user, PolicyUpload.of(form, content)))
                .map(saved -> ResponseEntity.created(URI.create(POLICIES + "/" + saved.id()))
                        .eTag(ETags.of(saved.version())).body(PolicyResource.of(saved)));
    }

    @PutMapping(path = POLICY, consumes = JSON, produces = JSON)
    @Operation(operationId = "replacePolicy", summary = "Replace what a policy says, keeping its PDF (reviewers); a "
            + "published one stays published")
    Mono<ResponseEntity<PolicyResource>> replace(PortalUser user, @PathVariable String id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PolicyDetails details) {
        return Mono.defer(() -> policies.update(user, id, details, IfMatch.optional(ifMatch))).map(PolicyApi::withETag);
    }

    @PutMapping(path = POLICY + "/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = JSON)
    @Operation(operationId = "replacePolicyDocument", summary = "Replace a policy's PDF (reviewers), checked like a "
            + "new one; the old file is removed once the new one is saved",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = FileForm.class))))
    Mono<ResponseEntity<PolicyResource>> replaceDocument(PortalUser user, @PathVariable String id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, PolicyFiles.FIELD, (form, content) ->
                        policies.replaceFile(user, id, form.filename(), content, IfMatch.optional(ifMatch)))
                .map(PolicyApi::withETag);
    }

    @PostMapping(path = POLICY + "/publication", produces = JSON)
    @Operation(operationId = "publishPolicy", summary = "Publish a draft or withdrawn policy (reviewers): it heads "
            + "the list from now; 409 if it is published already")
    Mono<ResponseEntity<PolicyResource>> publish(PortalUser user, @PathVariable String id) {
        return policies.publish(user, id).map(PolicyApi::withETag);
    }

    @DeleteMapping(path = POLICY + "/publication", produces = JSON)
    @Operation(operationId = "withdrawPolicy", summary = "Withdraw a published policy (reviewers); 409 if it is not "
            + "published")
    Mono<ResponseEntity<PolicyResource>> withdraw(PortalUser user, @PathVariable String id) {
        return policies.withdraw(user, id).map(PolicyApi::withETag);
    }

    private static ResponseEntity<PolicyResource> withETag(Policy p) {
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(PolicyResource.of(p));
    }

    /** The parts of a new policy, for the API contract; the handler reads them as a stream. */
    @Schema(name = "PolicyUpload", requiredProperties = {"titleZh", "issuerZh", "documentNumber", "issuedOn",
            "summaryZh", "file"})
    record PolicyForm(String titleZh, String titleEn, String issuerZh, String issuerEn, String documentNumber,
                      LocalDate issuedOn, String summaryZh, String summaryEn,
                      @Schema(description = "Tags separated by commas") String tags,
                      @Schema(type = "string", format = "binary", description = "The PDF, as the last part") String file) {
    }

    /** The part of a replaced PDF, for the API contract. */
    @Schema(name = "PolicyDocumentUpload", requiredProperties = "file")
    record FileForm(@Schema(type = "string", format = "binary", description = "The PDF") String file) {
    }
}
