package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    private final ClaimService claims;
    private final ClaimViews views;

    ClaimApi(ClaimService claims, ClaimViews views) {
        this.claims = claims;
        this.views = views;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createClaim", summary = "Claim a firm by its unified social credit code; waits for a reviewer")
    Mono<ClaimResource> claim(PortalUser user, @RequestBody ClaimRequest request) {
        return claims.claim(user, request.uscc(), request.name()).flatMap(views::view);
    }

    @GetMapping("/mine")
    @Operation(operationId = "listMyClaims", summary = "The caller's own claims, whatever their status")
    Flux<ClaimResource> mine(PortalUser user) {
        return views.view(claims.claimsOf(user));
    }

    @GetMapping("/pending")
    @Operation(operationId = "listPendingClaims", summary = "Reviewers: the queue of claims waiting for a decision, oldest first")
    Flux<ClaimResource> pending(PortalUser user) {
        return views.view(claims.pendingClaims(user));
    }

    @PostMapping("/{claimId}/approval")
    @Operation(operationId = "approveClaim", summary = "Reviewers: approve a pending claim; the claimant becomes a member of the firm")
    Mono<ClaimResource> approve(PortalUser user, @PathVariable String claimId) {
        return claims.approve(user, claimId).flatMap(views::view);
    }

    @PostMapping("/{claimId}/rejection")
    @Operation(operationId = "rejectClaim", summary = "Reviewers: reject a pending claim with a reason the claimant will read")
    Mono<ClaimResource> reject(PortalUser user, @PathVariable String claimId, @RequestBody RejectionRequest request) {
        return claims.reject(user, claimId, request.reason()).flatMap(views::view);
    }
}
