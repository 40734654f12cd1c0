package cn.baiyun.hte.chain;

import java.time.Clock;
import java.time.LocalDate;
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
import reactor.core.publisher.Mono;

/**
 * The district's industry chains, firms' chain tags and the breakdown by chain and cluster. The texts and
 * examples of the operations are in {@code openapi/operations/chains.yaml}.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Industry chains", description = "The district's key industry chains and clusters (产业链, 产业集群), "
        + "firms' chain and flags (龙头企业, 上市, 拟上市), and the firms by chain")
class ChainApi {

    private static final String CHAINS = "/api/v1/industry-chains";
    private static final String TAGS = "/api/v1/enterprises/{enterpriseId}/chain-tags";
    private static final String IF_MATCH = "The ETag of the version being changed; a stale one gets 412";

    private final ChainCatalogue catalogue;
    private final FirmTagService tags;
    private final ChainBreakdowns breakdowns;
    private final Clock clock;

    ChainApi(ChainCatalogue catalogue, FirmTagService tags, ChainBreakdowns breakdowns, Clock clock) {
        this.catalogue = catalogue;
        this.tags = tags;
        this.breakdowns = breakdowns;
        this.clock = clock;
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping(CHAINS)
    @Operation(operationId = "listIndustryChains", summary = "The district's industry chains in list order")
    Mono<List<IndustryChain>> list(PortalUser user) {
        return catalogue.chains(user).collectList();
    }

    @PostMapping(path = CHAINS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "addIndustryChain", summary = "Add a chain to the district's list (reviewers)",
            responses = @ApiResponse(responseCode = "201", description = "Added; Location names the new chain",
                    content = @Content(schema = @Schema(implementation = IndustryChain.class))))
    Mono<ResponseEntity<IndustryChain>> add(PortalUser user, @RequestBody ChainDetails details) {
        return catalogue.add(user, details)
                .map(added -> ETags.created(CHAINS + "/{id}", added.id(), added.version(), added));
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping(CHAINS + "/{chainId}")
    @Operation(operationId = "getIndustryChain", summary = "One chain; the ETag carries its version")
    Mono<ResponseEntity<IndustryChain>> get(PortalUser user, @PathVariable String chainId) {
        return catalogue.find(user, chainId).map(chain -> ETags.ok(chain, chain.version()));
    }

    @PutMapping(path = CHAINS + "/{chainId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateIndustryChain", summary = "Rename, move or retire a chain (reviewers)")
    Mono<ResponseEntity<IndustryChain>> update(PortalUser user, @PathVariable String chainId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ChainDetails details) {
        return Mono.defer(() -> catalogue.update(user, chainId, details, IfMatch.optional(ifMatch)))
                .map(chain -> ETags.ok(chain, chain.version()));
    }

    @ClientScope(Scopes.DASHBOARD_READ)
    @GetMapping(CHAINS + "/breakdown")
    @Operation(operationId = "getChainBreakdown", summary = "The tagged firms by chain and cluster on a day")
    Mono<ChainBreakdown> breakdown(PortalUser user,
            @Parameter(description = "The day whose valid HTE certificates count; today (Asia/Shanghai) when absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return breakdowns.on(user, on == null ? LocalDate.now(clock) : on);
    }

    @GetMapping(TAGS)
    @Operation(operationId = "getFirmChainTags",
            summary = "A firm's chain and flags (reviewers and 工信局 officers); empty for an untagged firm")
    Mono<ResponseEntity<FirmTags>> tags(PortalUser user, @PathVariable String enterpriseId) {
        return tags.tagsOf(user, enterpriseId).map(found -> withETag(found.tags()));
    }

    @PutMapping(path = TAGS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "tagFirm", summary = "Set a firm's chain and flags (reviewers and 工信局 officers)")
    Mono<ResponseEntity<FirmTags>> tag(PortalUser user, @PathVariable String enterpriseId,
            @Parameter(description = IF_MATCH) @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TagDetails details) {
        return Mono.defer(() -> tags.tag(user, enterpriseId, details, IfMatch.optional(ifMatch)))
                .map(ChainApi::withETag);
    }

    /** An untagged firm's tags have no version yet: no ETag, and a first PUT needs no If-Match. */
    private static ResponseEntity<FirmTags> withETag(FirmTags tags) {
        return tags.version() == null ? ResponseEntity.ok(tags) : ETags.ok(tags, tags.version());
    }
}
