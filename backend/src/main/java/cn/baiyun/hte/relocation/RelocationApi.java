package cn.baiyun.hte.relocation;


import cn.baiyun.hte.platform.error.Problem;
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
 * Firms' relocations into the district, for reviewers; people only (no {@code @ClientScope}): see the package's
 * description. The texts and examples of the operations are in {@code openapi/operations/relocations.yaml}.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Relocations", description = "Firms relocating into the district (一企一策): support packages and "
        + "their milestones")
class RelocationApi {

    private static final String RELOCATION = "/api/v1/enterprises/{enterpriseId}/relocation";
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final RelocationService relocations;

    RelocationApi(RelocationService relocations) {
        this.relocations = relocations;
    }

    @GetMapping("/api/v1/relocations")
    @Operation(operationId = "listRelocations", summary = "Every relocation in the order recorded, a page at a time")
    Mono<PageOf<Relocation>> list(PortalUser user, @RequestParam(required = false) Integer limit,
                                  @RequestParam(required = false) String cursor) {
        return relocations.page(user, limit, cursor);
    }

    @PostMapping(path = RELOCATION, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "recordRelocation", summary = "Record a firm's relocation with its package (reviewers)",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Recorded; Location names it",
                            content = @Content(schema = @Schema(implementation = Relocation.class))),
                    @ApiResponse(responseCode = "409", description = "The firm's relocation is already recorded",
                            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                    schema = @Schema(implementation = Problem.class)))})
    Mono<ResponseEntity<Relocation>> record(PortalUser user, @PathVariable String enterpriseId,
                                            @RequestBody RelocationDetails details) {
        return relocations.record(user, enterpriseId, details)
                .map(saved -> ETags.created(RELOCATION, enterpriseId, saved.version(), saved));
    }

    @GetMapping(RELOCATION)
    @Operation(operationId = "getRelocation", summary = "A firm's relocation; the ETag carries its version")
    Mono<ResponseEntity<Relocation>> get(PortalUser user, @PathVariable String enterpriseId) {
        return relocations.find(user, enterpriseId).map(relocation -> ETags.ok(relocation, relocation.version()));
    }

    @PutMapping(path = RELOCATION, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceRelocation",
            summary = "Replace a relocation's details, package and milestones (reviewers)")
    Mono<ResponseEntity<Relocation>> replace(PortalUser user, @PathVariable String enterpriseId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RelocationDetails details) {
        return Mono.defer(() -> relocations.update(user, enterpriseId, details, IfMatch.optional(ifMatch)))
                .map(relocation -> ETags.ok(relocation, relocation.version()));
    }
}
