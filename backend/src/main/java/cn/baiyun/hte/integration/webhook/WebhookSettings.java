package cn.baiyun.hte.integration.webhook;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code hte.webhooks}).
 *
 * @param timeout      how long an endpoint has to connect and answer; a later answer counts as a failure
 * @param retryAfter   the wait after the first failed attempt before jitter; each further one waits twice as long
 * @param longestWait  no wait is longer
 * @param maxAttempts  attempts before a delivery is given up as failed
 * @param claimFor     how long a worker holds a delivery it claimed: well above {@link #timeout}, so a claim
 *                     outlives its attempt; a worker that died lets it go after this
 * @param pollInterval how often each replica looks for due deliveries
 * @param batch        due deliveries looked at per round; the next round takes the rest
 * @param inFlight     deliveries one replica sends at once, so that slow endpoints tie up no more than this
 * @param disableAfter deliveries in a row that failed for good before the subscription is disabled
 */
@ConfigurationProperties("hte.webhooks")
record WebhookSettings(@DefaultValue("PT10S") Duration timeout, @DefaultValue("PT30S") Duration retryAfter,
                       @DefaultValue("PT6H") Duration longestWait, @DefaultValue("8") int maxAttempts,
                       @DefaultValue("PT2M") Duration claimFor, @DefaultValue("PT5S") Duration pollInterval,
                       @DefaultValue("100") int batch, @DefaultValue("8") int inFlight,
                       @DefaultValue("5") int disableAfter) {

    /**
     * The wait before attempt {@code attempts + 1}: doubling from {@link #retryAfter}, at most {@link #longestWait},
     * of which a random half is taken off ("equal jitter"), so that deliveries that failed together (an endpoint
     * that was down) do not all come back at the same moment.
     */
    Duration backoff(int attempts) {
        Duration wait = retryAfter.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(longestWait) > 0) {
            wait = longestWait;
        }
        long half = wait.toMillis() / 2;
        return Duration.ofMillis(wait.toMillis() - half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
