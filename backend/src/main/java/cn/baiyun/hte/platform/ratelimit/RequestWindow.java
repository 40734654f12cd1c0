package cn.baiyun.hte.platform.ratelimit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The requests one client sent in one window. Its id is client and window start, so that counting a
 * request is a single upsert on the primary key by every replica; the window's end is indexed for the
 * purge ({@link RequestWindowPurge}).
 */
@Document("rateLimitWindows")
record RequestWindow(@Id String id, String client, Instant start, @Indexed Instant end, long count) {

    static String idOf(String client, Instant start) {
        return client + "@" + start.getEpochSecond();
    }
}
