package cn.baiyun.hte.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The API's one check of {@link ClientScope}: an authenticated caller passes, except a client whose token
 * lacks a scope the handler method declares, or that calls a handler declaring none (people only). The
 * handler is looked up the way the dispatcher will look it up, and only for clients: people's requests do
 * not pay for it. A request no handler matches passes on, so that the dispatcher answers its 404 or 405.
 * A refusal is 403 problem+json with RFC 6750's {@code insufficient_scope} challenge naming the scopes.
 */
@Component
class ClientScopeAuthorization implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final AuthorizationResult GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationResult DENIED = new AuthorizationDecision(false);

    private final ReactiveAuthorizationManager<AuthorizationContext> authenticated =
            AuthenticatedReactiveAuthorizationManager.authenticated();
    private final ObjectProvider<RequestMappingHandlerMapping> handlers;

    /** The controllers' mapping by its bean name: actuator's endpoints have a mapping of the same type. */
    ClientScopeAuthorization(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers) {
        this.handlers = handlers;
    }

    /**
     * Authenticated as Spring decides it; then a person passes at once (told apart by the token alone, no
     * caller built), a client only with the handler's scopes.
     */
    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.flatMap(caller -> authenticated.authorize(Mono.just(caller), context)
                        .flatMap(result -> !result.isGranted() || !ApiCaller.isClientToken(caller)
                                ? Mono.just(result)
                                : clientMay(PortalUsers.from(caller), context.getExchange())))
                .switchIfEmpty(Mono.defer(() -> authenticated.authorize(Mono.empty(), context)));
    }

    private Mono<AuthorizationResult> clientMay(PortalUser client, ServerWebExchange exchange) {
        return handlers.getObject().getHandler(exchange)
                .map(handler -> required(handler)
                        .map(scopes -> Arrays.stream(scopes).allMatch(client::hasScope)
                                ? GRANTED
                                : insufficient(exchange, scopes))
                        .orElse(DENIED))
                // No match (or a 405/415 for this path): the dispatcher gives that answer, not an authorization.
                .onErrorResume(error -> Mono.empty())
                .defaultIfEmpty(GRANTED);
    }

    private static Optional<String[]> required(Object handler) {
        return handler instanceof HandlerMethod method
                ? Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ClientScope.class))
                        .map(ClientScope::value)
                : Optional.empty();
    }

    private static AuthorizationResult insufficient(ServerWebExchange exchange, String[] scopes) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\""
                + Arrays.stream(scopes).collect(Collectors.joining(" ")) + "\"");
        return DENIED;
    }
}
