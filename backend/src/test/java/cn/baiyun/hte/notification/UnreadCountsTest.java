package cn.baiyun.hte.notification;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's count kept between pages: counted once, counted again after a change, never kept stale. */
class UnreadCountsTest {

    private final UnreadCounts counts = new UnreadCounts();
    private final AtomicInteger asked = new AtomicInteger();

    private Mono<Long> database(long unread) {
        return Mono.fromSupplier(() -> {
            asked.incrementAndGet();
            return unread;
        });
    }

    @Test
    void aCountIsAskedOnceWhilePagesFollowEachOther() {
        assertThat(counts.of("u1", () -> database(3)).block()).isEqualTo(3);
        assertThat(counts.of("u1", () -> database(3)).block()).isEqualTo(3);
        assertThat(counts.of("u1", () -> database(3)).block()).isEqualTo(3);

        assertThat(asked).hasValue(1);
    }

    @Test
    void eachPersonHasTheirOwnCount() {
        counts.of("u1", () -> database(3)).block();

        assertThat(counts.of("u2", () -> database(7)).block()).isEqualTo(7);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aChangeIsCountedAgainAtOnce() {
        counts.of("u1", () -> database(3)).block();
        counts.changed("u1");

        assertThat(counts.of("u1", () -> database(2)).block()).isEqualTo(2);
        assertThat(asked).hasValue(2);
    }

    @Test
    void aCountThatStartedBeforeAChangeIsNotKeptAfterIt() {
        Sinks.One<Long> slow = Sinks.one();
        Mono<Long> started = counts.of("u1", slow::asMono);
        var answer = started.toFuture();
        counts.changed("u1");
        slow.tryEmitValue(3L);

        assertThat(answer.join()).as("the count answers the page that asked").isEqualTo(3);
        assertThat(counts.of("u1", () -> database(2)).block()).as("but is not kept").isEqualTo(2);
    }
}
