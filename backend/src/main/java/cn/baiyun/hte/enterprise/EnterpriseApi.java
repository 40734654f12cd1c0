package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.web.IfMatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1/enterprises", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enterprises", description = "Firm profiles")
class EnterpriseApi {

    private final EnterpriseService enterprises;

    EnterpriseApi(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping
    @ClientScope(Scopes.ENTERPRISES_READ)
    @Operation(operationId = "listEnterprises", summary = "List firms: all of them for reviewers and clients with enterprises:read, "
            + "the caller's own firms for firm users")
    Mono<PageOf<EnterpriseResource>> list(PortalUser user,
                              @RequestParam(required = false) String namePrefix,
                              @RequestParam(required = false) String uscc,
                              @RequestParam(required = false) String technicalField,
                              @RequestParam(required = false) LifecycleStage stage,
                              @RequestParam(required = false) Boolean verified,
                              @RequestParam(required = false) Integer limit,
                              @RequestParam(required = false) String cursor) {
        var search = new EnterpriseSearch(namePrefix, uscc, technicalField, stage, verified, limit, cursor);
        return enterprises.search(user, search).map(page -> page.map(EnterpriseResource::of));
    }

    @GetMapping("/{enterpriseId}")
    @ClientScope(Scopes.ENTERPRISES_READ)
    @Operation(operationId = "getEnterprise", summary = "One firm's profile; the ETag carries its version for a later If-Match")
    Mono<ResponseEntity<EnterpriseResource>> get(PortalUser user, @PathVariable String enterpriseId) {
        return enterprises.find(user, enterpriseId).map(EnterpriseApi::withETag);
    }

    @PutMapping("/{enterpriseId}")
    @Operation(operationId = "updateEnterpriseProfile", summary = "Replace a firm's profile; with If-Match, a stale version gets 412 and changes nothing")
    Mono<ResponseEntity<EnterpriseResource>> update(PortalUser user, @PathVariable String enterpriseId,
            @Parameter(description = "The ETag of the version being edited")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody EnterpriseProfile profile) {
        return Mono.defer(() -> enterprises.updateProfile(user, enterpriseId, profile, IfMatch.optional(ifMatch)))
                .map(EnterpriseApi::withETag);
    }

    private static ResponseEntity<EnterpriseResource> withETag(Enterprise enterprise) {
        return ResponseEntity.ok().eTag(String.valueOf(enterprise.version())).body(EnterpriseResource.of(enterprise));
    }
}
