package cn.baiyun.hte.enterprise;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A membership's "yes" is remembered for ten seconds and no longer; a "no" is never remembered; each pair of
 * user and firm is remembered on its own.
 */
class RecentlyApprovedMembersTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RecentlyApprovedMembers members = new RecentlyApprovedMembers(now::get);
    private final AtomicBoolean approvedInDatabase = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();
    private final Mono<Boolean> database = Mono.fromSupplier(() -> {
        asked.incrementAndGet();
        return approvedInDatabase.get();
    });

    @Test
    void aRevocationMadeInTheDatabaseStopsAccessWithinTenSeconds() {
        assertThat(ask("u-1", "e-1")).isTrue();
        assertThat(asked).hasValue(1);

        approvedInDatabase.set(false);
        later(RecentlyApprovedMembers.REMEMBERED.minusMillis(1));
        assertThat(ask("u-1", "e-1")).as("remembered within ten seconds").isTrue();
        assertThat(asked).hasValue(1);

        later(Duration.ofMillis(1));
        assertThat(ask("u-1", "e-1")).as("asked again after ten seconds").isFalse();
        assertThat(ask("u-1", "e-1")).isFalse();
        assertThat(asked).hasValue(3);
    }

    @Test
    void aRefusalIsNeverRememberedSoAnApprovalCountsAtOnce() {
        approvedInDatabase.set(false);
        assertThat(ask("u-1", "e-1")).isFalse();

        approvedInDatabase.set(true);
        assertThat(ask("u-1", "e-1")).isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void eachUserAndFirmIsRememberedOnItsOwn() {
        assertThat(ask("u-1", "e-1")).isTrue();
        approvedInDatabase.set(false);

        assertThat(ask("u-1", "e-2")).as("another firm of the same user").isFalse();
        assertThat(ask("u-2", "e-1")).as("another user of the same firm").isFalse();
        assertThat(asked).hasValue(3);
    }

    @Test
    void theTenSecondsCountFromWhenTheDatabaseWasAsked() {
        AtomicLong answeredLater = new AtomicLong();
        Mono<Boolean> slowDatabase = Mono.fromSupplier(() -> {
            later(Duration.ofSeconds(4));
            answeredLater.incrementAndGet();
            return true;
        });
        assertThat(members.isApprovedMember("u-1", "e-1", slowDatabase).block()).isTrue();

        later(Duration.ofSeconds(6));
        approvedInDatabase.set(false);
        assertThat(ask("u-1", "e-1")).isFalse();
        assertThat(answeredLater).hasValue(1);
    }

    @Test
    void aFullMemoryStartsAgainEmpty() {
        for (int user = 0; user < RecentlyApprovedMembers.MOST; user++) {
            assertThat(ask("u-" + user, "e-1")).isTrue();
        }
        assertThat(ask("u-0", "e-1")).isTrue();
        assertThat(asked).hasValue(RecentlyApprovedMembers.MOST);

        assertThat(ask("u-new", "e-1")).isTrue();
        approvedInDatabase.set(false);
        assertThat(ask("u-0", "e-1")).as("forgotten when the memory started again").isFalse();
    }

    private boolean ask(String userId, String enterpriseId) {
        return members.isApprovedMember(userId, enterpriseId, database).block();
    }

    private void later(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
