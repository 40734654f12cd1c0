package cn.baiyun.hte.platform.security;

import cn.baiyun.hte.platform.web.PageController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page people reach when they try to sign in while Keycloak is down ({@link SignInUnavailableHandler}):
 * says so in plain words, offers to try again and tells who to call. Answers 503 with {@code Retry-After},
 * so that monitoring and crawlers see a passing outage, not a page.
 */
@PageController
class SignInUnavailablePage {

    static final String RETRY_AFTER_SECONDS = "30";

    @GetMapping(SignInUnavailableHandler.PAGE)
    String signInUnavailable(ServerHttpResponse response) {
        response.setStatusCode(HttpStatus.SERVICE_UNAVAILABLE);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return "error/sign-in-unavailable";
    }
}
