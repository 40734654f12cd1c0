package cn.baiyun.hte.platform.web;

import java.util.Locale;
import java.util.Set;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ShanghaiTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What every page's layout needs: the CSRF token for a signed-in reader's forms, the reader, the language and the bureau's contact. */
@ControllerAdvice(annotations = PageController.class)
@EnableConfigurationProperties(BureauContact.class)
class PageModelAdvice {

    private static final ShanghaiTime TIME = new ShanghaiTime();

    private final BureauContact bureau;

    PageModelAdvice(BureauContact bureau) {
        this.bureau = bureau;
    }

    /**
     * Only a signed-in reader's pages have forms (sign out, at least); a public page has none. Resolving
     * the token for an anonymous reader would create it and so store a session for every passer-by.
     */
    @ModelAttribute("csrf")
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange, PortalUser user) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || user == null) {
            return Mono.empty();
        }
        // Thymeleaf's form processor reads the token from this attribute to add the hidden field.
        return token.doOnSuccess(t -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
    }

    @ModelAttribute("currentUser")
    PortalUser currentUser(PortalUser user) {
        return user;
    }

    @ModelAttribute("lang")
    String language(Locale locale) {
        return locale.getLanguage();
    }

    /** The bureau's contact for the footer. */
    @ModelAttribute("bureau")
    BureauContact bureau() {
        return bureau;
    }

    @ModelAttribute("time")
    ShanghaiTime time() {
        return TIME;
    }

    /**
     * The names in the query string, for the notices shown after a redirect ({@code ?saved}). Thymeleaf's
     * {@code param} cannot tell: on WebFlux it answers as if every parameter were present.
     */
    @ModelAttribute("flags")
    Set<String> queryFlags(ServerWebExchange exchange) {
        return exchange.getRequest().getQueryParams().keySet();
    }

    @ModelAttribute("currentPath")
    String currentPath(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
