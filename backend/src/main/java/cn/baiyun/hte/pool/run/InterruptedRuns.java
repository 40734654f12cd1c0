package cn.baiyun.hte.pool.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Shows as interrupted the runs that stopped without saying so: a process killed mid-run (or its replica
 * gone) leaves its cycle showing RUNNING with a heartbeat that no longer moves. Once the heartbeat is older
 * than the run's staleness its lease has expired too, so the reviewer who sees "interrupted" can start the
 * run again at once, and the new run finishes what was left (it writes only entries whose inputs changed).
 * Runs on every replica's schedule, but only the holder of the {@code cycle-run-watch} lease works, once per
 * interval across replicas.
 */
@Component
class InterruptedRuns {

    private static final Logger log = LoggerFactory.getLogger(InterruptedRuns.class);
    private static final Duration LEASE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;
    private final Leases leases;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration interval;

    InterruptedRuns(ReactiveMongoTemplate mongo, Leases leases, Clock clock, AssessmentRunner runner,
                    @Value("${hte.pool.run.watch-interval:PT30S}") Duration interval) {
        this.interval = interval;
        this.mongo = mongo;
        this.leases = leases;
        this.clock = clock;
        this.staleAfter = runner.staleAfter();
    }

    @Scheduled(fixedDelayString = "${hte.pool.run.watch-interval:PT30S}",
            initialDelayString = "${hte.pool.run.watch-interval:PT30S}")
    void markOnSchedule() {
        leases.runOncePer("cycle-run-watch", interval, LEASE, lease -> markStale(Instant.now(clock)))
                .subscribe(marked -> {
                    if (marked > 0) {
                        log.warn("{} cycle runs stopped reporting and are shown interrupted; running again resumes them",
                                marked);
                    }
                }, error -> log.warn("Looking for interrupted cycle runs failed; the next look retries", error));
    }

    /** Marks interrupted every run still shown running whose last heartbeat is older than its staleness at {@code now}. */
    Mono<Long> markStale(Instant now) {
        Query stale = Query.query(Criteria.where("run.state").is(CycleRun.State.RUNNING.name())
                .and("run.heartbeat").lt(now.minus(staleAfter)));
        return mongo.updateMulti(stale, new Update().set("run.state", CycleRun.State.INTERRUPTED.name()), Cycle.class)
                .map(result -> result.getModifiedCount());
    }
}
