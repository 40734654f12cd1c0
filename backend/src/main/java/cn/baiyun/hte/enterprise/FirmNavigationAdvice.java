package cn.baiyun.hte.enterprise;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageHandlers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Gives every page the firms its reader may act for, so that a person who belongs to several firms can
 * switch between them from the header wherever they are.
 */
@ControllerAdvice(annotations = Controller.class)
class FirmNavigationAdvice {

    private final EnterpriseService enterprises;

    FirmNavigationAdvice(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    /** Pages only: an API answer has no header, and the list costs two queries. */
    @ModelAttribute("myFirms")
    Mono<List<Enterprise>> myFirms(PortalUser user, ServerWebExchange exchange) {
        if (user == null || !user.isFirmUser() || !PageHandlers.rendersView(exchange)) {
            return Mono.just(List.of());
        }
        return enterprises.firmsOf(user).collectList();
    }
}
