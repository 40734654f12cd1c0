package cn.baiyun.hte.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

class MultipartCsrfTokenHandlerTest {

    static final String BOUNDARY = "----form-boundary-7MA4YWxkTrZu0gW";

    final MultipartCsrfTokenHandler handler = new MultipartCsrfTokenHandler();
    final CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-session-token");

    @Test
    void anUploadFormsTokenIsItsFirstFieldAndTheHandlerStillGetsTheWholeBody() {
        String body = form(field("_csrf", maskedAsAPageRendersIt()) + field("kind", "PATENT") + file("a".repeat(10_000)));

        Peeked peeked = peekThenRead(upload("/firms/1/documents", chunks(body, 7)));

        assertThat(peeked.token()).isEqualTo("the-session-token");
        assertThat(peeked.body()).isEqualTo(body);
    }

    @Test
    void aTokenInTheUrlIsNoLongerTaken() {
        String body = form(field("kind", "PATENT") + file("content"));

        Peeked peeked = peekThenRead(upload("/firms/1/documents?_csrf=" + maskedAsAPageRendersIt(), chunks(body, 4096)));

        assertThat(peeked.token()).isNull();
        assertThat(peeked.body()).isEqualTo(body);
    }

    @Test
    void aTokenAfterTheFirstFieldOrBeyondTheHeadIsNotLookedFor() {
        String late = form(field("kind", "PATENT") + field("_csrf", maskedAsAPageRendersIt()) + file("x"));
        String huge = form(field("_csrf", "x".repeat(MultipartCsrfTokenHandler.HEAD_LIMIT)) + file("x"));

        assertThat(peekThenRead(upload("/firms/1/documents", chunks(late, 16))).token()).isNull();
        assertThat(peekThenRead(upload("/firms/1/documents", chunks(huge, 16))).token()).isNull();
    }

    @Test
    void theScriptedUploadsHeaderStillCounts() {
        String masked = maskedAsAPageRendersIt();
        var request = MockServerHttpRequest.post("/firms/1/documents").header("X-CSRF-TOKEN", masked)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY))
                .body(chunks(form(file("x")), 4096));

        assertThat(peekThenRead(request).token()).isEqualTo("the-session-token");
    }

    @Test
    void anyOtherRequestCannotCarryItsTokenInTheUrl() {
        var form = MockServerWebExchange.from(MockServerHttpRequest.post("/firms/1/edit?_csrf={t}", maskedAsAPageRendersIt())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("name=x"));

        assertThat(handler.resolveCsrfTokenValue(form, token).blockOptional()).isEmpty();
    }

    @Test
    void aBodyPeekedAtButNeverReadIsReleased() {
        NettyDataBufferFactory netty = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
        List<NettyDataBuffer> sent = new ArrayList<>();
        String body = form(field("_csrf", maskedAsAPageRendersIt()) + file("refused"));
        Flux<DataBuffer> buffers = Flux.fromArray(body.split("(?<=\\G.{40})")).map(part -> {
            NettyDataBuffer buffer = netty.wrap(netty.getByteBufAllocator().buffer().writeBytes(part.getBytes(StandardCharsets.UTF_8)));
            sent.add(buffer);
            return buffer;
        });
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/firms/1/documents")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY)).body(buffers));

        // The check refuses the request (say): nobody reads the body.
        MultipartCsrfTokenHandler.peekAtMultipartBodies("_csrf")
                .filter(exchange, peekable -> handler.resolveCsrfTokenValue(peekable, token).then())
                .block();

        assertThat(sent).isNotEmpty().allSatisfy(buffer -> assertThat(buffer.getNativeBuffer().refCnt()).isZero());
    }

    record Peeked(String token, String body) {
    }

    private Peeked peekThenRead(MockServerHttpRequest request) {
        AtomicReference<String> resolved = new AtomicReference<>();
        AtomicReference<String> read = new AtomicReference<>();
        MultipartCsrfTokenHandler.peekAtMultipartBodies("_csrf").filter(MockServerWebExchange.from(request), peekable ->
                handler.resolveCsrfTokenValue(peekable, token).doOnNext(resolved::set)
                        .then(readBody(peekable)).doOnNext(read::set).then()).block();
        return new Peeked(resolved.get(), read.get());
    }

    private static Mono<String> readBody(ServerWebExchange exchange) {
        return DataBufferUtils.join(exchange.getRequest().getBody()).map(joined -> {
            String text = joined.toString(StandardCharsets.UTF_8);
            DataBufferUtils.release(joined);
            return text;
        });
    }

    private static MockServerHttpRequest upload(String uri, Flux<DataBuffer> body) {
        return MockServerHttpRequest.post(uri)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=\"" + BOUNDARY + "\""))
                .body(body);
    }

    private static Flux<DataBuffer> chunks(String body, int size) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        List<DataBuffer> chunks = new ArrayList<>();
        for (int at = 0; at < bytes.length; at += size) {
            chunks.add(DefaultDataBufferFactory.sharedInstance.wrap(
                    java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size))));
        }
        return Flux.fromIterable(chunks);
    }

    private static String form(String parts) {
        return parts + "--" + BOUNDARY + "--\r\n";
    }

    private static String field(String name, String value) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    private static String file(String content) {
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + content + "\r\n";
    }

    private String maskedAsAPageRendersIt() {
        var page = MockServerWebExchange.from(MockServerHttpRequest.get("/firms/1/documents"));
        handler.handle(page, Mono.just(token));
        Mono<CsrfToken> rendered = page.getAttribute(CsrfToken.class.getName());
        return rendered.block().getToken();
    }
}
