package cn.baiyun.hte.platform.security;

import java.util.function.Predicate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

/**
 * Spring Security's strict firewall, every rule of it kept, with its header checks written as loops instead
 * of its regular expressions. The firewall checks a header's name and value each time anything reads the
 * header ({@code getFirst}, {@code get}), and its expressions ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*},
 * values also allowing a tab) test each character through a chain of predicates: for a bearer token of
 * 1,000 characters that was 15 to 30 microseconds per read, a large part of a JWT-validated request. These
 * predicates accept exactly the same strings (a code point is allowed when it is assigned and not a control
 * character; in a value also a tab; {@code null} passes as before), with printable ASCII, nearly everything a
 * header holds, decided by one comparison; {@code RequestFirewallTest} compares them with the firewall's own
 * over every code point. {@code @EnableWebFluxSecurity} uses the one firewall bean there is.
 * <p>
 * The firewalled exchange also answers the same checked request each time it is asked: Spring's wraps the request
 * anew at every {@code getRequest()}, which the filters, the request mapping (each of some 270 mappings asks) and the
 * view ask for many times a request.
 */
@Configuration(proxyBeanMethods = false)
class RequestFirewall {

    /** The firewall's default for header values: assigned code points, no control character but a tab. */
    static final Predicate<String> HEADER_VALUES = value -> value == null || allowed(value, true);

    /** The firewall's default for header and parameter names: assigned code points, no control character. */
    static final Predicate<String> NAMES = name -> name == null || allowed(name, false);

    @Bean
    ServerWebExchangeFirewall serverWebExchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = strictFirewall();
        return exchange -> firewall.getFirewalledExchange(exchange).map(OneCheckedRequest::new);
    }

    /** Spring's strict firewall with these predicates: every URL, method, host and header rule of it. */
    static StrictServerWebExchangeFirewall strictFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(NAMES);
        firewall.setAllowedHeaderValues(HEADER_VALUES);
        firewall.setAllowedParameterNames(NAMES);
        return firewall;
    }

    /**
     * The firewalled exchange, its checked request made once. The checks are in the request's header and
     * parameter reads, so they still run at every read; the exchange's request never changes (a changed one is
     * a new exchange, through {@code mutate()}), so keeping it is safe. Two threads asking at once may each make
     * one, an equal one.
     */
    static final class OneCheckedRequest extends ServerWebExchangeDecorator {

        private ServerHttpRequest request;

        OneCheckedRequest(ServerWebExchange firewalled) {
            super(firewalled);
        }

        @Override
        public ServerHttpRequest getRequest() {
            ServerHttpRequest checked = request;
            if (checked == null) {
                checked = super.getRequest();
                request = checked;
            }
            return checked;
        }
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                i++;
                continue;
            }
            // As the regular expression reads it: by code point, a lone surrogate as itself.
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tabAllowed && codePoint == '\t')) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
