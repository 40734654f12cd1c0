package cn.baiyun.hte.filing.portfolio;

import cn.baiyun.hte.platform.api.NoBody;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

@RestController
@RequestMapping(path = RecordEndpoints.BASE + "achievements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Technology achievements",
        description = "A firm's technology achievements and their transformations, counted once per achievement and year")
class AchievementApi {

    private final RecordEndpoints<Achievement, AchievementDetails, AchievementResource> endpoints;

    AchievementApi(FirmRecords<Achievement, AchievementDetails> records) {
        this.endpoints = new RecordEndpoints<>(records, AchievementResource::of, "achievements");
    }

    @GetMapping
    @ClientScope(Scopes.ENTERPRISES_READ)
    @Operation(operationId = "listAchievements",
            summary = "The firm's technology achievements, oldest first, a page at a time")
    Mono<PageOf<AchievementResource>> list(PortalUser user,
            @PathVariable String enterpriseId,
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        return endpoints.list(user, enterpriseId, limit, cursor);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createAchievement",
            summary = "Add one of the firm's technology achievements; answers its address and ETag")
    Mono<ResponseEntity<AchievementResource>> create(PortalUser user,
            @PathVariable String enterpriseId,
            @RequestBody AchievementDetails details) {
        return endpoints.create(user, enterpriseId, details);
    }

    @GetMapping("/{id}")
    @ClientScope(Scopes.ENTERPRISES_READ)
    @Operation(operationId = "getAchievement",
            summary = "One of the firm's technology achievements; the ETag carries its version for a later If-Match")
    Mono<ResponseEntity<AchievementResource>> get(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable String id) {
        return endpoints.get(user, enterpriseId, id);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "replaceAchievement",
            summary = "Replace one of the firm's technology achievements; with If-Match, a stale version gets 412 and changes nothing")
    Mono<ResponseEntity<AchievementResource>> replace(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable String id,
            @Parameter(description = "The ETag of the version being replaced")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody AchievementDetails details) {
        return endpoints.replace(user, enterpriseId, id, ifMatch, details);
    }

    @DeleteMapping(path = "/{id}", produces = NoBody.PRODUCES)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAchievement",
            summary = "Remove one of the firm's technology achievements; with If-Match, a stale version gets 412 and removes nothing")
    Mono<ResponseEntity<Void>> delete(PortalUser user, @PathVariable String enterpriseId,
            @PathVariable String id,
            @Parameter(description = "The ETag of the version being removed")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return endpoints.delete(user, enterpriseId, id, ifMatch);
    }
}
