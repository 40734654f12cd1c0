package cn.baiyun.hte.platform.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.http.server.HttpServer;

/**
 * Bounds on how long a connection may keep the server waiting, which Boot has no properties for: the gap
 * between two reads of a request's body ({@code hte.server.read-timeout}) and the whole body
 * ({@code hte.server.request-timeout}, generous for a 20 MB upload on a slow line). A client that announces
 * more body than it sends is then cut off instead of holding the connection for ever; the wait for the next
 * request on a kept-alive connection is Boot's {@code server.netty.idle-timeout}.
 */
@Component
class ServerConnectionSettings implements NettyServerCustomizer {

    private final Duration readTimeout;
    private final Duration requestTimeout;

    ServerConnectionSettings(@Value("${hte.server.read-timeout:30s}") Duration readTimeout,
                             @Value("${hte.server.request-timeout:10m}") Duration requestTimeout) {
        this.readTimeout = readTimeout;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.readTimeout(readTimeout).requestTimeout(requestTimeout);
    }
}
