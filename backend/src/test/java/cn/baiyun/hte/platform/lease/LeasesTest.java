package cn.baiyun.hte.platform.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import cn.baiyun.hte.support.PortalIntegrationTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.core.publisher.Sinks;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Two replicas compete for the same work through the database, with time moved on by hand. */
@PortalIntegrationTest
class LeasesTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    @Autowired
    ReactiveMongoTemplate mongo;

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T02:00:00Z"));
    final String work = "test-work-" + new ObjectId();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Leases replicaA;
    Leases replicaB;

    @BeforeEach
    void twoReplicas() {
        replicaA = new Leases(mongo, clock, "replica-a", meters);
        replicaB = new Leases(mongo, clock, "replica-b", meters);
    }

    @Test
    void whileOneReplicaHoldsTheLeaseNoOtherAcquisitionSucceedsNotEvenOnTheSameReplica() {
        Lease held = replicaA.acquire(work, TTL).block();

        assertThat(held).isNotNull();
        assertThat(replicaB.acquire(work, TTL).block()).isNull();
        assertThat(replicaA.acquire(work, TTL).block()).isNull();
    }

    @Test
    void anExpiredLeaseGoesToTheNextReplicaAndTheFormerOwnerCannotRenewIt() {
        Lease first = replicaA.acquire(work, TTL).block();
        clock.advance(TTL.plusSeconds(1));

        Lease second = replicaB.acquire(work, TTL).block();

        assertThat(second).isNotNull();
        assertThat(second.owner()).startsWith("replica-b/");
        assertThat(replicaA.renew(first, TTL).block()).isNull();
        assertThat(replicaB.renew(second, TTL).block().expiresAt()).isEqualTo(clock.instant().plus(TTL));
    }

    @Test
    void aRenewedLeaseOutlivesItsFirstExpiry() {
        Lease lease = replicaA.acquire(work, TTL).block();
        clock.advance(TTL.minusMinutes(1));
        replicaA.renew(lease, TTL).block();
        clock.advance(Duration.ofMinutes(2));

        assertThat(replicaB.acquire(work, TTL).block()).isNull();
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnce() {
        Lease lease = replicaA.acquire(work, TTL).block();
        replicaA.release(lease).block();

        assertThat(replicaB.acquire(work, TTL).block()).isNotNull();
    }

    @Test
    void scheduledWorkRunsOncePerPeriodOnWhicheverReplicaCallsFirstAndIsCounted() {
        Duration period = Duration.ofMinutes(1);
        AtomicInteger runs = new AtomicInteger();
        Mono<Integer> pass = Mono.fromSupplier(runs::incrementAndGet);

        assertThat(replicaA.runOncePer(work, period, TTL, lease -> pass).block()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(50));
        assertThat(replicaB.runOncePer(work, period, TTL, lease -> pass).block())
                .as("the lease is kept for the rest of the period after the pass ended").isNull();
        assertThat(replicaA.runOncePer(work, period, TTL, lease -> pass).block()).as("not even on the same replica")
                .isNull();
        clock.advance(Duration.ofSeconds(11));
        assertThat(replicaB.runOncePer(work, period, TTL, lease -> pass).block()).isEqualTo(2);

        clock.advance(period.plusSeconds(1));
        AtomicBoolean ranMeanwhile = new AtomicBoolean();
        Mono<Integer> longPass = Mono.defer(() -> {
                    clock.advance(period.multipliedBy(2));
                    return replicaA.runOncePer(work, period, TTL, lease -> pass).hasElement();
                })
                .doOnNext(ranMeanwhile::set)
                .then(Mono.fromSupplier(runs::incrementAndGet));
        assertThat(replicaB.runOncePer(work, period, TTL, lease -> longPass).block()).isEqualTo(3);
        assertThat(ranMeanwhile).as("a pass longer than its period still runs alone").isFalse();
        assertThat(replicaA.runOncePer(work, period, TTL, lease -> pass).block())
                .as("a pass that outlived its period gives the lease up when it ends").isEqualTo(4);
        assertThat(meters.counter(Leases.RUNS, "job", work).count()).isEqualTo(4);
    }

    @Test
    void workDoesNotRunElsewhereWhileItRunsAndItsLeaseIsGivenUpWhenItEnds() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Sinks.Empty<Void> started = Sinks.empty();
        Sinks.Empty<Void> finish = Sinks.empty();
        var replicaAsRun = replicaA.runOncePer(work, Duration.ZERO, TTL, lease -> Mono.fromRunnable(() -> {
            runs.incrementAndGet();
            started.tryEmitEmpty();
        }).then(finish.asMono())).toFuture();
        started.asMono().block(Duration.ofSeconds(10));
        assertThat(runs).hasValue(1);

        replicaB.runOncePer(work, Duration.ZERO, TTL, lease -> Mono.fromCallable(runs::incrementAndGet)).block();
        assertThat(runs).as("not while replica A works").hasValue(1);

        finish.tryEmitEmpty();
        replicaAsRun.get(10, TimeUnit.SECONDS);
        replicaB.runOncePer(work, Duration.ZERO, TTL, lease -> Mono.fromCallable(runs::incrementAndGet)).block();
        assertThat(runs).as("at once after replica A finished").hasValue(2);
    }

    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
