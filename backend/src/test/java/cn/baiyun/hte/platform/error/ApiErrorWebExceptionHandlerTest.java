package cn.baiyun.hte.platform.error;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.channel.AbortedException;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What becomes of a failure before Boot's error pages see it. */
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorWebExceptionHandlerTest {

    final ProblemFactory problems = new ProblemFactory(new StaticMessageSource());
    final ApiErrorWebExceptionHandler handler =
            new ApiErrorWebExceptionHandler(new ProblemResponseWriter(JsonMapper.builder().build(), problems));

    /** Was an ERROR with a stack trace per reset connection: WebFlux logs a client that left once, at DEBUG. */
    @Test
    void aClientThatWentAwayGetsNoAnswerAndNoErrorInTheLog(CapturedOutput output) {
        for (Throwable gone : new Throwable[] {new AbortedException("Connection has been closed BEFORE send operation"),
                new IOException("Connection reset by peer"), new IOException("Broken pipe")}) {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me"));

            StepVerifier.create(handler.handle(exchange, gone)).verifyComplete();

            assertThat(exchange.getResponse().isCommitted()).isFalse();
        }
        assertThat(output.getOut() + output.getErr()).doesNotContain("ERROR", "Unexpected error");
    }

    @Test
    void aPageFailureTheClientCausedIsGivenItsStatusForTheErrorPage() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/firms/1/edit"));

        StepVerifier.create(handler.handle(exchange, new DataBufferLimitException("Exceeded limit on max bytes to buffer")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(ResponseStatusException.class,
                        status -> assertThat(status.getStatusCode().value()).isEqualTo(413)))
                .verify();
    }

    @Test
    void anApiFailureTheClientCausedIsProblemJsonWithItsStatus() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/assessments/preview"));

        StepVerifier.create(handler.handle(exchange, new DataBufferLimitException("Exceeded limit on max bytes to buffer")))
                .verifyComplete();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(413);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("urn:hte:problem:payload-too-large");
    }
}
