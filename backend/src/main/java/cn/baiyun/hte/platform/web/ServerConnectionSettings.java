package cn.baiyun.hte.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.server.HttpServer;

/**
 * A bound on how long a connection may keep the server waiting, which Boot has no property for: the gap between
 * two reads of a request's body ({@code hte.server.read-timeout}). A client that announces more body than it sends
 * is then cut off instead of holding the connection for ever; the wait for the next request on a kept-alive
 * connection is Boot's {@code server.netty.idle-timeout}.
 * <p>
 * There is deliberately no cap on a whole request ({@code HttpServer.requestTimeout}): reactor-netty 1.3 cancels a
 * request's timer only when the request's last content reaches it, which never happens for a request answered while
 * its head is handed on (a refusal, a liveness probe, anything with nothing to wait for), so the timer, and through
 * it the request with its headers, stayed on the event loop until the deadline: a 10-minute cap kept those requests
 * of the last 10 minutes in memory (42,000 after three minutes of the load benchmark, the heap growing until the
 * collector ran back to back; docs/benchmarks.md; AnsweredRequestsReleasedTest). A body sent a byte at a
 * time just inside the read timeout is left to the ingress in front of the portal: ingress-nginx buffers a
 * request's whole body before it passes the request on (proxy-request-buffering, on by default; k8s/).
 */
@Component
class ServerConnectionSettings implements NettyServerCustomizer {

    private final Duration readTimeout;

    ServerConnectionSettings(@Value("${hte.server.read-timeout:30s}") Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.readTimeout(readTimeout);
    }
}
