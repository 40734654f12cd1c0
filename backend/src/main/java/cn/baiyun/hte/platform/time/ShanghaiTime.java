package cn.baiyun.hte.platform.time;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows instants as the bureau reads them: local time in Asia/Shanghai. Used by page templates. */
public final class ShanghaiTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ClockConfiguration.ZONE);

    private ShanghaiTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }
}
