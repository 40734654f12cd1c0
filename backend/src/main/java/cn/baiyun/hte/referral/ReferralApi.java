package cn.baiyun.hte.referral;

import cn.baiyun.hte.platform.error.Problem;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
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

    ReferralApi(ReferralService referrals) {
        this.referrals = referrals;
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
}
