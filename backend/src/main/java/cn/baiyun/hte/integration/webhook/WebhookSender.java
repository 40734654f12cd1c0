package cn.baiyun.hte.integration.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ChannelOption;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Posts one message to its endpoint with the Standard Webhooks headers and says how it went. Non-blocking
 * throughout (Reactor Netty), bounded by {@link WebhookSettings#timeout()} for connecting and for the whole
 * exchange; redirects are not followed (an endpoint that moved must be changed by its subscriber, not followed
 * to wherever it points); the answer's body is read no further than its status.
 */
@Component
class WebhookSender {

    static final String ID = "webhook-id";
    static final String TIMESTAMP = "webhook-timestamp";
    static final String SIGNATURE = "webhook-signature";
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebClient web;
    private final WebhookSettings settings;

    WebhookSender(WebhookSettings settings) {
        this.settings = settings;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(settings.timeout().toMillis()))
                .followRedirect(false);
        this.web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    /** Sends the delivery's body now, signed with the subscription's secret. */
    Mono<Outcome> send(WebhookSubscription subscription, WebhookDelivery delivery, Instant now) {
        long timestamp = now.getEpochSecond();
        return web.post().uri(URI.create(subscription.url()))
                .contentType(MediaType.APPLICATION_JSON)
                .header(ID, delivery.id())
                .header(TIMESTAMP, String.valueOf(timestamp))
                .header(SIGNATURE, WebhookSignature.sign(subscription.signingSecret(), delivery.id(), timestamp,
                        delivery.body()))
                .bodyValue(delivery.body())
                .exchangeToMono(response -> response.releaseBody()
                        .thenReturn(Outcome.answered(response.statusCode().value())))
                .timeout(settings.timeout())
                .onErrorResume(error -> Mono.just(Outcome.unanswered(error)));
    }

    /**
     * What an attempt came to: the endpoint's status (delivered when 2xx), or why no answer came.
     *
     * @param status  the HTTP status, {@code null} without an answer
     * @param failure what kind of failure, {@code null} when delivered
     * @param error   what went wrong in the words of the HTTP client, for the delivery log
     */
    record Outcome(Integer status, Failure failure, String error) {

        static Outcome answered(int status) {
            boolean success = status >= 200 && status < 300;
            return new Outcome(status, success ? null : Failure.STATUS, success ? null : "HTTP " + status);
        }

        static Outcome unanswered(Throwable error) {
            if (error instanceof TimeoutException) {
                return new Outcome(null, Failure.TIMEOUT, "No answer within the timeout");
            }
            String text = error.getClass().getSimpleName() + ": " + error.getMessage();
            return new Outcome(null, Failure.CONNECTION,
                    text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH));
        }

        boolean delivered() {
            return failure == null;
        }
    }
}
