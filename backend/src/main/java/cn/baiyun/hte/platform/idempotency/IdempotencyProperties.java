package cn.baiyun.hte.platform.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code Idempotency-Key} handling ({@code hte.idempotency.*}).
 *
 * @param retention     how long a key and its answer are kept (24 hours): a retry later than that runs again
 * @param hold          how long the first request holds its key before another request may take it over;
 *                      longer than the slowest upload, so only a replica that died with the request lets go
 * @param maxAnswerSize the largest answer kept for replay; a larger one is answered but not kept
 * @param bodyEndWait   how long an answer waits for the rest of a body its handler stopped reading (the
 *                      closing delimiter of an upload) before it is given without being kept
 */
@ConfigurationProperties("hte.idempotency")
record IdempotencyProperties(@DefaultValue("PT24H") Duration retention, @DefaultValue("PT10M") Duration hold,
                             @DefaultValue("1048576") int maxAnswerSize, @DefaultValue("PT5S") Duration bodyEndWait) {
}
