package cn.baiyun.hte.enterprise;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.PortalUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Me")
class MeApi {

    private final EnterpriseService enterprises;

    MeApi(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @GetMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope({})
    @Operation(operationId = "getMe", summary = "Who the caller is: roles, scopes, department and the firms they may act for")
    Mono<MeResource> me(PortalUser user) {
        return enterprises.firmsOf(user)
                .map(firm -> new FirmSummary(firm.id(), firm.uscc(), firm.name()))
                .collectList()
                .map(firms -> new MeResource(user.id(), user.username(), user.displayName(),
                        user.roles().stream().sorted().toList(), user.department(),
                        user.scopes().stream().sorted().toList(), user.client(), firms));
    }

    /** Roles and scopes are sorted lists, so that the answer is stable. */
    record MeResource(String id, String username, String displayName, List<PortalRole> roles, String department,
                      List<String> scopes, boolean client, List<FirmSummary> firms) {
    }

    record FirmSummary(String id, String uscc, String name) {
    }
}
