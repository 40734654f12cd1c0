package cn.baiyun.hte.enterprise;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import reactor.core.publisher.Mono;

/**
 * Gives every page the firms its reader may act for, so that a person who belongs to several firms can
 * switch between them from the header wherever they are. Pages only: an API answer has no header.
 */
@ControllerAdvice(annotations = PageController.class)
class FirmNavigationAdvice {

    private final EnterpriseService enterprises;

    FirmNavigationAdvice(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @ModelAttribute("myFirms")
    Mono<List<Enterprise>> myFirms(PortalUser user) {
        if (user == null || !user.isFirmUser()) {
            return Mono.just(List.of());
        }
        return enterprises.firmsOf(user).collectList();
    }
}
