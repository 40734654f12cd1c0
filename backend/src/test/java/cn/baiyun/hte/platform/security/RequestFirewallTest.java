package cn.baiyun.hte.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The firewall's header checks written as loops accept exactly what Spring Security's regular expressions
 * accept: every code point alone, every UTF-16 unit alone (lone surrogates included), and mixed strings.
 */
class RequestFirewallTest {

    @Test
    void headerValuesAreJudgedAsTheFirewallsDefaultJudgesThem() {
        assertSameVerdicts(RequestFirewall.HEADER_VALUES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
    }

    @Test
    void namesAreJudgedAsTheFirewallsDefaultJudgesThem() {
        assertSameVerdicts(RequestFirewall.NAMES, StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
        assertSameVerdicts(RequestFirewall.NAMES, StrictServerWebExchangeFirewall.ALLOWED_PARAMETER_NAMES);
    }

    @Test
    void theApplicationsFirewallUsesThem() {
        assertThat(RequestFirewall.strictFirewall()).isInstanceOf(StrictServerWebExchangeFirewall.class);
        assertThat(RequestFirewall.HEADER_VALUES.test("Bearer abc\tdef")).isTrue();
        assertThat(RequestFirewall.HEADER_VALUES.test("Bearer abc\u0085def")).isFalse();
        assertThat(RequestFirewall.NAMES.test("X-Name\t")).isFalse();
    }

    @Test
    void theFirewalledExchangeKeepsItsCheckedRequestAndStillChecksEveryRead() {
        var firewall = new RequestFirewall().serverWebExchangeFirewall();
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/firms/1/feedback")
                .header("X-Fine", "ok").header("X-Bad", "a\u0085b"));

        ServerWebExchange firewalled = firewall.getFirewalledExchange(exchange).block();

        assertThat(firewalled.getRequest()).isSameAs(firewalled.getRequest())
                .isNotSameAs(exchange.getRequest());
        assertThat(firewalled.getRequest().getHeaders().getFirst("X-Fine")).isEqualTo("ok");
        assertThatThrownBy(() -> firewalled.getRequest().getHeaders().getFirst("X-Bad"))
                .isInstanceOf(ServerExchangeRejectedException.class);
        assertThatThrownBy(() -> firewall.getFirewalledExchange(MockServerWebExchange.from(
                MockServerHttpRequest.get("/firms/1/../2/feedback"))).block())
                .isInstanceOf(ServerExchangeRejectedException.class);
    }

    private static void assertSameVerdicts(Predicate<String> ours, Predicate<String> springs) {
        List<String> differing = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String alone = Character.toString(codePoint);
            compare(ours, springs, alone, differing);
            if (codePoint < 0x3000 || Character.isSupplementaryCodePoint(codePoint) && codePoint % 251 == 0) {
                compare(ours, springs, "Bearer eyJ" + alone + "x.y-z_~+/==", differing);
            }
        }
        for (char surrogate = Character.MIN_SURROGATE; surrogate <= Character.MAX_SURROGATE; surrogate++) {
            compare(ours, springs, "a" + surrogate + "b", differing);
            compare(ours, springs, surrogate + "\uD83D\uDE00", differing);
        }
        for (String text : new String[] {null, "", "\t", "\t\t", "a\u0000", "\u007f", "\u00a0", "\u0378", "\uFFFF",
                "\uD83D\uDE00", "\uDE00\uD83D", "中文 value", "\uDB7F\uDFFF", "text/html;q=0.9,*/*;q=0.8"}) {
            compare(ours, springs, text, differing);
        }
        assertThat(differing).isEmpty();
    }

    private static void compare(Predicate<String> ours, Predicate<String> springs, String text, List<String> differing) {
        if (ours.test(text) != springs.test(text)) {
            differing.add(text == null ? "null" : text.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
    }
}
