package cn.baiyun.hte.platform.error;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.i18n.PortalLocaleContextResolver;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.cookie.Cookie;
import io.netty.handler.codec.http.cookie.ServerCookieDecoder;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the HTTP decoder cannot read answer problem+json too: a request line over the decoder's limit
 * (414), headers over theirs (431) or a request that is no HTTP (400). Reactor Netty answers these itself
 * with an empty body, before any of Spring sees the request, so a handler placed right after the decoder
 * answers first. The decoder's limits are above the portal's own, which {@link OversizedRequestHeads}
 * enforces on a request read whole; what arrives here is beyond even those. Its language is taken from
 * what the decoder read before it gave up, by the rules of every answer: for headers too large, the
 * address ({@code ?lang=}) and the headers before the last one read (the {@code lang} cookie,
 * {@code Accept-Language}); a request line too long leaves nothing, and is answered in Chinese, the portal's
 * default. The connection is closed, as the decoder reads nothing more on it.
 */
@Component
class HttpDecoderFailures implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(HttpDecoderFailures.class);
    private static final String HANDLER = "hte.decoderFailures";

    private final Answer answer;

    HttpDecoderFailures(ProblemFactory problems, JsonMapper json) {
        this.answer = new Answer(problems, json);
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remote) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER, answer);
            }
        });
    }

    @ChannelHandler.Sharable
    private static final class Answer extends ChannelInboundHandlerAdapter {

        private final ProblemFactory problems;
        private final JsonMapper json;

        Answer(ProblemFactory problems, JsonMapper json) {
            this.problems = problems;
            this.json = json;
        }

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (!(message instanceof HttpRequest request) || request.decoderResult().isSuccess()) {
                context.fireChannelRead(message);
                return;
            }
            Throwable cause = request.decoderResult().cause();
            ReferenceCountUtil.release(message);
            log.debug("Unreadable request from {}: {}", context.channel().remoteAddress(), LogText.of(cause));
            ProblemType type = cause instanceof TooLongHttpLineException ? ProblemType.URI_TOO_LONG
                    : cause instanceof TooLongHttpHeaderException ? ProblemType.HEADERS_TOO_LARGE
                    : ProblemType.MALFORMED_REQUEST;
            Locale locale = languageOf(request);
            byte[] body = json.writeValueAsBytes(problems.of(type, locale, null));
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            context.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }

        /** The language of what was read of the request: a failed decode keeps the address and headers read so far. */
        private static Locale languageOf(HttpRequest request) {
            try {
                var address = new QueryStringDecoder(request.uri());
                List<String> lang = address.parameters().get(PortalLocaleContextResolver.PARAMETER);
                String cookie = null;
                for (String header : request.headers().getAll(HttpHeaderNames.COOKIE)) {
                    for (Cookie each : ServerCookieDecoder.LAX.decode(header)) {
                        if (each.name().equals(PortalLocaleContextResolver.COOKIE)) {
                            cookie = each.value();
                        }
                    }
                }
                String accepted = request.headers().get(HttpHeaderNames.ACCEPT_LANGUAGE);
                return PortalLocaleContextResolver.of(address.path(), lang == null ? null : lang.get(0), cookie,
                        () -> accepted == null ? List.of() : Locale.LanguageRange.parse(accepted));
            } catch (RuntimeException unreadable) {
                // what was read is broken too: the default, as for a request of which nothing was read
                return PortalLocaleContextResolver.CHINESE;
            }
        }
    }
}
