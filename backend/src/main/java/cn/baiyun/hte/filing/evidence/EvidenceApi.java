package cn.baiyun.hte.filing.evidence;

import java.net.URI;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.upload.FileType;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Evidence documents", description = "Audit reports, statements, returns and certificates that back a firm's "
        + "filings and IP assets")
class EvidenceApi {

    private static final String DOCUMENTS = "/api/v1/enterprises/{enterpriseId}/documents";
    private static final String PDF = FileType.PDF_MEDIA_TYPE;
    private static final String PNG = FileType.PNG_MEDIA_TYPE;
    private static final String JPEG = FileType.JPEG_MEDIA_TYPE;
    private static final String XLSX = FileType.XLSX_MEDIA_TYPE;
    private static final String DOCX = FileType.DOCX_MEDIA_TYPE;

    private final EvidenceService documents;

    EvidenceApi(EvidenceService documents) {
        this.documents = documents;
    }

    static String path(String enterpriseId, String documentId) {
        return "/api/v1/enterprises/" + enterpriseId + "/documents/" + documentId;
    }

    @PostMapping(path = DOCUMENTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "uploadDocument", summary = "Upload a document linked to a filing (fiscalYear) or an IP asset "
            + "(ipAssetId); send the file as the last part. Accepted: PDF, PNG, JPEG, XLSX, DOCX, recognised from the "
            + "content and its whole structure, never the name (originalName takes the detected type's extension); "
            + "a file that is not what it starts like gets the problem code document.file.type, one carrying scripts, "
            + "executables, unsafe archive entries or an archive that expands too far gets document.file.unsafe; "
            + "larger than hte.documents.max-size (20 MB by default) gets 413",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class))),
            responses = {
                    @ApiResponse(responseCode = "201", description = "Stored; Location names the new document",
                            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                    schema = @Schema(implementation = DocumentResource.class))),
                    @ApiResponse(responseCode = "413", description = "The file is larger than the limit",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(ref = "#/components/schemas/Problem")))})
    Mono<ResponseEntity<DocumentResource>> upload(PortalUser user, @PathVariable String enterpriseId,
                                                  @Parameter(hidden = true) @RequestBody Flux<PartEvent> parts) {
        return MultipartUpload.read(parts, UploadFields.FILE,
                        (form, content) -> documents.upload(user, enterpriseId, UploadFields.of(form), content))
                .map(document -> ResponseEntity.created(URI.create(path(enterpriseId, document.id())))
                        .body(DocumentResource.of(document)));
    }

    @GetMapping(path = DOCUMENTS, produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "listDocuments", summary = "A firm's documents in upload order, optionally of one filing, "
            + "IP asset or kind")
    Mono<PageOf<DocumentResource>> list(PortalUser user, @PathVariable String enterpriseId,
                            @RequestParam(required = false) Integer fiscalYear,
                            @RequestParam(required = false) String ipAssetId,
                            @RequestParam(required = false) DocumentKind kind,
                            @RequestParam(required = false) Integer limit,
                            @RequestParam(required = false) String cursor) {
        return documents.list(user, enterpriseId, new DocumentSearch(fiscalYear, ipAssetId, kind, limit, cursor))
                .map(page -> page.map(DocumentResource::of));
    }

    @GetMapping(path = DOCUMENTS + "/{documentId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "getDocument", summary = "One document's metadata")
    Mono<DocumentResource> get(PortalUser user, @PathVariable String enterpriseId, @PathVariable String documentId) {
        return documents.find(user, enterpriseId, documentId).map(DocumentResource::of);
    }

    @GetMapping(path = DOCUMENTS + "/{documentId}/content", produces = {PDF, PNG, JPEG, XLSX, DOCX})
    @ClientScope(Scopes.FILINGS_READ)
    @Operation(operationId = "downloadDocument", summary = "The file itself, as an attachment; ETag and Repr-Digest carry "
            + "its SHA-256", responses = @ApiResponse(responseCode = "200", description = "The file's bytes", content = {
                    @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = JPEG, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DOCX, schema = @Schema(type = "string", format = "binary"))}))
    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, @PathVariable String enterpriseId,
                                                    @PathVariable String documentId) {
        return documents.download(user, enterpriseId, documentId);
    }

    @DeleteMapping(DOCUMENTS + "/{documentId}")
    @Operation(operationId = "deleteDocument", summary = "Delete a document; one linked to a filing only while the "
            + "filing is a draft (409 otherwise)", responses = @ApiResponse(responseCode = "204", description = "Deleted"))
    Mono<ResponseEntity<Void>> delete(PortalUser user, @PathVariable String enterpriseId, @PathVariable String documentId) {
        return documents.delete(user, enterpriseId, documentId).thenReturn(ResponseEntity.noContent().<Void>build());
    }

    /** The parts of an upload, for the API contract; the handler reads them as a stream. */
    @Schema(name = "DocumentUpload", requiredProperties = {"kind", "file"})
    record UploadForm(DocumentKind kind,
                      @Schema(description = "Links the document to the firm's filing of this fiscal year") Integer fiscalYear,
                      @Schema(description = "Links the document to this IP asset of the firm instead") String ipAssetId,
                      @Schema(type = "string", format = "binary", description = "The file, as the last part") String file) {
    }
}
