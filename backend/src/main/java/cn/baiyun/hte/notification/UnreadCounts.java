package cn.baiyun.hte.notification;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The header's unread count of each person, kept for {@link #FRESH} so that a reader going from page to
 * page does not count again on every page (it was one of the feedback page's five database commands). In
 * this process a count is forgotten the moment it changes: a notice written for the person
 * ({@link NoticeWriter}) or marked read by them ({@link NoticeService}); a change made by another replica
 * shows within {@link #FRESH}. A count that started before a change is not kept after it.
 */
@Component
class UnreadCounts {

    static final Duration FRESH = Duration.ofSeconds(5);
    /** People counted at once at most; beyond, everything is forgotten (a count is cheap to redo). */
    static final int MAX_PEOPLE = 10_000;

    /** A count as of {@code at} ({@link System#nanoTime()}), or with {@code known} false: changed at {@code at}. */
    private record Kept(long count, long at, boolean known) {
    }

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    Mono<Long> of(String userId, Supplier<Mono<Long>> count) {
        long started = System.nanoTime();
        Kept now = kept.get(userId);
        if (now != null && now.known() && started - now.at() < FRESH.toNanos()) {
            return Mono.just(now.count());
        }
        return count.get().doOnNext(counted -> {
            if (kept.size() >= MAX_PEOPLE) {
                kept.clear();
            }
            kept.compute(userId, (id, earlier) -> earlier != null && earlier.at() - started > 0
                    ? earlier : new Kept(counted, started, true));
        });
    }

    /** The person's count changed: the next page counts again. */
    void changed(String userId) {
        kept.put(userId, new Kept(0, System.nanoTime(), false));
    }
}
