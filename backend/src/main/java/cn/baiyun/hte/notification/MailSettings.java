package cn.baiyun.hte.notification;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notices are mailed ({@code hte.notification.mail}): the SMTP server ({@code HTE_SMTP_*}; without a host
 * nothing is mailed and no mail job is made), the sender, the portal's public address for the links, and how
 * the worker retries.
 *
 * @param publicUrl   the portal as readers reach it, e.g. {@code https://hte.baiyun.gov.cn}; links in mails are
 *                    made absolute with it
 * @param retryAfter  the wait after the first failed attempt; each further one waits twice as long
 * @param maxAttempts attempts before the worker gives up on a mail and records it as failed
 * @param claimFor    how long a worker holds a job it claimed; a worker that died lets it go after this
 */
@ConfigurationProperties("hte.notification.mail")
record MailSettings(String host, @DefaultValue("25") int port, String username, String password, String from,
                    @DefaultValue("http://localhost:8080") URI publicUrl,
                    @DefaultValue("PT1M") Duration retryAfter, @DefaultValue("PT6H") Duration longestWait,
                    @DefaultValue("8") int maxAttempts, @DefaultValue("PT2M") Duration claimFor,
                    @DefaultValue("PT10S") Duration pollInterval) {

    static final String HOST = "hte.notification.mail.host";

    boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The wait before attempt {@code attempts + 1}: doubling from {@link #retryAfter}, never above the longest. */
    Duration backoff(int attempts) {
        Duration wait = retryAfter.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }

    /** The absolute address of a path of the portal. */
    String absolute(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
