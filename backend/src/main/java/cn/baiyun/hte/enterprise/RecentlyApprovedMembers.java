package cn.baiyun.hte.enterprise;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The approved memberships this instance of the portal confirmed with the database in the last
 * {@link #REMEMBERED} ten seconds, so that a firm's API calls in quick succession (an integration reading and
 * writing its firm's records) send the membership check once per ten seconds instead of with every call; the
 * firm-scoped API read then makes one database command instead of two.
 * <p>
 * Only a "yes" is remembered, never a "no": an approval takes effect with the very next request, and a firm
 * user who is not a member is asked about at every request as before (so ids still cannot be probed any faster).
 * A membership stops being approved only by a change made in the database by hand (the portal itself never
 * moves an approved membership to another status); such a revocation takes effect within ten seconds on every
 * instance, well inside the lifetime of the access token that the person keeps anyway. The time is the
 * machine's elapsed time ({@link System#nanoTime()}), not the portal's {@code Clock}, which tests fix.
 */
@Component
class RecentlyApprovedMembers {

    static final Duration REMEMBERED = Duration.ofSeconds(10);
    /** More pairs than this and the memory starts again empty: a bound, not an eviction policy. */
    static final int MOST = 10_000;
    private static final Mono<Boolean> APPROVED = Mono.just(true);

    private final Map<Pair, Long> confirmedAt = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    RecentlyApprovedMembers() {
        this(System::nanoTime);
    }

    RecentlyApprovedMembers(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /**
     * Whether the user is an approved member of the firm: {@code true} at once if the database said so
     * within the last ten seconds, else the database's answer ({@code database}), remembered if it is a "yes"
     * as of the moment it was asked.
     */
    Mono<Boolean> isApprovedMember(String userId, String enterpriseId, Mono<Boolean> database) {
        Pair pair = new Pair(userId, enterpriseId);
        long now = nanoTime.getAsLong();
        Long confirmed = confirmedAt.get(pair);
        if (confirmed != null && now - confirmed < REMEMBERED.toNanos()) {
            return APPROVED;
        }
        return database.doOnNext(approved -> {
            if (approved) {
                if (confirmedAt.size() >= MOST) {
                    confirmedAt.clear();
                }
                confirmedAt.put(pair, now);
            } else {
                confirmedAt.remove(pair);
            }
        });
    }

    private record Pair(String userId, String enterpriseId) {
    }
}
