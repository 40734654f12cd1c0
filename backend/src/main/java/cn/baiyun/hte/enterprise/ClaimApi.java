package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/claims", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Claims", description = "Firm users claim firms; reviewers approve or reject the claims")
class ClaimApi {

    private static final String PDF = FileType.PDF_MEDIA_TYPE;
    private static final String PNG = FileType.PNG_MEDIA_TYPE;
    private static final String JPEG = FileType.JPEG_MEDIA_TYPE;
    private static final String XLSX = FileType.XLSX_MEDIA_TYPE;
    private static final String DOCX = FileType.DOCX_MEDIA_TYPE;

    private final ClaimService claims;
    private final ClaimViews views;

    ClaimApi(ClaimService claims, ClaimViews views) {
        this.claims = claims;
        this.views = views;
    }

    static String documentPath(String claimId) {
        return "/api/v1/claims/" + claimId + "/document";
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createClaim", summary = "Claim a firm by its unified social credit code; waits for a reviewer. "
            + "Its business licence or authorisation letter can then be attached with attachClaimDocument. Until a "
            + "reviewer approves it, the claim shows nothing of the firm's record (no enterpriseId, no enterpriseName)")
    Mono<ClaimResource> claim(PortalUser user, @RequestBody ClaimRequest request) {
        return claims.claim(user, request.uscc(), request.name()).flatMap(views::view);
    }

    @GetMapping("/mine")
    @Operation(operationId = "listMyClaims", summary = "The caller's own claims, whatever their status")
    Flux<ClaimResource> mine(PortalUser user) {
        return views.view(claims.claimsOf(user));
    }

    @GetMapping("/pending")
    @Operation(operationId = "listPendingClaims", summary = "Reviewers: the queue of claims waiting for a decision, "
            + "oldest first, each with its checks (members the firm has already, the claimed name against the registered one)")
    Flux<ClaimResource> pending(PortalUser user) {
        return views.reviewed(claims.pendingClaims(user));
    }

    @PostMapping("/{claimId}/approval")
    @Operation(operationId = "approveClaim", summary = "Reviewers: approve a pending claim; the claimant becomes a member of the firm")
    Mono<ClaimResource> approve(PortalUser user, @PathVariable String claimId) {
        return claims.approve(user, claimId).flatMap(views::reviewed);
    }

    @PostMapping("/{claimId}/rejection")
    @Operation(operationId = "rejectClaim", summary = "Reviewers: reject a pending claim with a reason the claimant will read")
    Mono<ClaimResource> reject(PortalUser user, @PathVariable String claimId, @RequestBody RejectionRequest request) {
        return claims.reject(user, claimId, request.reason()).flatMap(views::reviewed);
    }

    @PutMapping(path = "/{claimId}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachClaimDocument", summary = "The claimant: attach the business licence or an "
            + "authorisation letter to their own pending claim (409 once it is decided), replacing any earlier one; "
            + "send the file as the last "
            + "part. Accepted: PDF, PNG, JPEG, XLSX, DOCX, recognised from the content and its whole structure, as "
            + "for uploadDocument (problem codes document.file.type and document.file.unsafe); larger than "
            + "hte.documents.max-size (20 MB by default) gets 413",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = DocumentForm.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "Attached", content = @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ClaimResource.class))),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<ClaimResource> attach(PortalUser user, @PathVariable String claimId,
                               @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, ClaimUpload.FILE,
                        (form, content) -> claims.attach(user, claimId, ClaimUpload.of(form, content)))
                .flatMap(views::view);
    }

    @GetMapping(path = "/{claimId}/document/content", produces = {PDF, PNG, JPEG, XLSX, DOCX})
    @Operation(operationId = "downloadClaimDocument", summary = "The claim's document itself, for its claimant and "
            + "reviewers, as an attachment; ETag and Repr-Digest carry its SHA-256",
            responses = @ApiResponse(responseCode = "200", description = "The file's bytes", content = {
                    @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary"))}))
    Mono<ResponseEntity<Flux<DataBuffer>>> document(PortalUser user, @PathVariable String claimId) {
        return claims.document(user, claimId);
    }

    /** The parts of a claim's document, for the API contract; the handler reads them as a stream. */
    @Schema(name = "ClaimDocumentUpload", requiredProperties = {"documentKind", "document"})
    record DocumentForm(ClaimDocumentKind documentKind,
                        @Schema(type = "string", format = "binary", description = "The file, as the last part") String document) {
    }
}
