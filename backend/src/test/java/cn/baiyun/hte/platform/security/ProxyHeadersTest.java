package cn.baiyun.hte.platform.security;

import java.net.InetSocketAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProxyHeadersTest {

    final ProxyHeaders headers = new ProxyHeaders(new TrustedProxies(List.of("10.0.0.0/8", " 192.168.1.7 ", "fd00::/8")));

    @Test
    void aTrustedProxysHeadersAreApplied() {
        ServerHttpRequest applied = headers.apply(forwarded("10.20.30.40"));

        assertThat(applied.getURI().toString()).startsWith("https://portal.example.cn/");
        assertThat(headers.apply(forwarded("192.168.1.7")).getURI().getHost()).isEqualTo("portal.example.cn");
        assertThat(headers.apply(forwarded("fd12::1")).getURI().getHost()).isEqualTo("portal.example.cn");
    }

    @Test
    void anyoneElsesAreDroppedUnread() {
        for (String remote : new String[] {"11.0.0.1", "192.168.1.8", "fe80::1", "127.0.0.1"}) {
            ServerHttpRequest stripped = headers.apply(forwarded(remote));

            assertThat(stripped.getURI().toString()).as(remote).startsWith("http://localhost:8080/");
            assertThat(stripped.getHeaders().headerNames()).as(remote)
                    .noneMatch(name -> name.equalsIgnoreCase("X-Forwarded-Host") || name.equalsIgnoreCase("Forwarded"));
        }
    }

    @Test
    void noProxyIsTrustedByDefault() {
        ProxyHeaders none = new ProxyHeaders(new TrustedProxies(List.of("")));

        assertThat(none.apply(forwarded("10.20.30.40")).getURI().getHost()).isEqualTo("localhost");
        assertThat(new ProxyHeaders(new TrustedProxies(null)).apply(forwarded("10.0.0.1")).getURI().getHost())
                .isEqualTo("localhost");
    }

    @Test
    void onlyAddressLiteralsAndSensiblePrefixesAreAccepted() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
    }

    private static MockServerHttpRequest forwarded(String remote) {
        return MockServerHttpRequest.get("http://localhost:8080/firms")
                .remoteAddress(new InetSocketAddress(remote, 40000))
                .header("X-Forwarded-Host", "portal.example.cn")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "host=portal.example.cn;proto=https")
                .build();
    }
}
