package cn.baiyun.hte.platform.web;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells page handlers from body-writing ones. A {@code @ControllerAdvice(annotations = Controller.class)}
 * also applies to every {@code @RestController} (the annotation is meta-annotated with {@code @Controller}),
 * so its model attributes are worked out for each API call too and then thrown away; an advice whose
 * attribute costs a database query asks this first. The load benchmark found the header's firm list
 * ({@code enterprise.FirmNavigationAdvice}) doubling the database work of a firm's API read.
 */
public final class PageHandlers {

    private PageHandlers() {
    }

    /** Whether the handler chosen for this exchange renders a view (true when none is known yet). */
    public static boolean rendersView(ServerWebExchange exchange) {
        return !(exchange.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
                || !(handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class));
    }
}
