package cn.baiyun.hte.platform.time;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants as the bureau reads them: local time in Asia/Shanghai. Pages reach it as {@code ${time}}
 * (Thymeleaf forbids static calls in templates).
 */
public final class ShanghaiTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
