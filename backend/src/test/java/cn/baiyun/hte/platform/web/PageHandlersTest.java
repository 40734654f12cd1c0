package cn.baiyun.hte.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class PageHandlersTest {

    @Controller
    public static class Pages {
        @GetMapping("/page")
        public String page() {
            return "view";
        }

        @GetMapping("/page/count")
        @ResponseBody
        public String count() {
            return "1";
        }
    }

    @RestController
    public static class Api {
        @GetMapping("/api/thing")
        public String thing() {
            return "{}";
        }
    }

    @Test
    void aControllerMethodReturningAViewRendersOne() throws NoSuchMethodException {
        assertThat(PageHandlers.rendersView(handledBy(new HandlerMethod(new Pages(), "page")))).isTrue();
    }

    @Test
    void aRestControllerOrAResponseBodyMethodWritesABody() throws NoSuchMethodException {
        assertThat(PageHandlers.rendersView(handledBy(new HandlerMethod(new Api(), "thing")))).isFalse();
        assertThat(PageHandlers.rendersView(handledBy(new HandlerMethod(new Pages(), "count")))).isFalse();
    }

    @Test
    void withoutAKnownHandlerTheModelIsBuiltAsForAPage() {
        assertThat(PageHandlers.rendersView(MockServerWebExchange.from(MockServerHttpRequest.get("/error")))).isTrue();
    }

    private static MockServerWebExchange handledBy(HandlerMethod handler) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));
        exchange.getAttributes().put(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        return exchange;
    }
}
