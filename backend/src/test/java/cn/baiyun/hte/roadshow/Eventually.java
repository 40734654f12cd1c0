package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Reads again until what is read passes, within a few seconds: what follows a sign-up's answer rather than
 * precedes it (its audit entry, its notice, its seat claim's removal) is there a moment after the answer.
 */
final class Eventually {

    static final Duration WITHIN = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** The last read: the first that passed, or the one at the deadline (for the caller's assertion to show). */
    static <T> T read(Supplier<T> read, Predicate<T> passes) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        T found = read.get();
        while (!passes.test(found) && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(50)).block();
            found = read.get();
        }
        return found;
    }
}
