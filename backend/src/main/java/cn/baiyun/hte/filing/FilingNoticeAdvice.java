package cn.baiyun.hte.filing;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/**
 * After a redirect, the filing pages confirm what was just done ({@code ?saved}, {@code ?submitted}...).
 * The flag is read here rather than through Thymeleaf's {@code param}, which on WebFlux answers as if
 * every parameter were present.
 */
@ControllerAdvice(assignableTypes = {FilingPages.class, SectionPages.class, ReviewPages.class})
class FilingNoticeAdvice {

    private static final List<String> NOTICES = List.of("saved", "submitted", "amended", "returned", "accepted");

    @ModelAttribute("notice")
    String notice(ServerWebExchange exchange) {
        var query = exchange.getRequest().getQueryParams();
        return NOTICES.stream().filter(query::containsKey).findFirst().orElse("");
    }
}
