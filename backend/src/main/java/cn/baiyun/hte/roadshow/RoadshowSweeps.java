package cn.baiyun.hte.roadshow;

import java.time.Duration;

import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.lease.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The roadshow's scheduled work, each run once per interval by one replica (the holder of its lease): repairs of seat
 * changes a crash interrupted and notices of event changes not yet given ({@code roadshow-repairs}), and the
 * reminders the day before ({@code roadshow-reminders}, each registration reminded once in the update that
 * carries its notice).
 */
@Component
class RoadshowSweeps {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(RoadshowSweeps.class);

    private final Leases leases;
    private final SeatReconciler reconciler;
    private final RegistrantNotices notices;
    private final Duration repairInterval;
    private final Duration reminderInterval;

    RoadshowSweeps(Leases leases, SeatReconciler reconciler, RegistrantNotices notices,
                   @Value("${hte.roadshow.repair-interval:PT30S}") Duration repairInterval,
                   @Value("${hte.roadshow.reminder-interval:PT10M}") Duration reminderInterval) {
        this.repairInterval = repairInterval;
        this.reminderInterval = reminderInterval;
        this.leases = leases;
        this.reconciler = reconciler;
        this.notices = notices;
    }

    @Scheduled(fixedDelayString = "${hte.roadshow.repair-interval:PT30S}",
            initialDelayString = "${hte.roadshow.repair-interval:PT30S}")
    void repairOnSchedule() {
        leases.runOncePer("roadshow-repairs", repairInterval, LEASE, lease -> repair())
                .subscribe(repaired -> {
                    if (repaired > 0) {
                        log.info("Roadshow repairs: {} registrations settled or told", repaired);
                    }
                }, error -> log.warn("Roadshow repairs failed; the next run retries", LogText.encoded(error)));
    }

    @Scheduled(fixedDelayString = "${hte.roadshow.reminder-interval:PT10M}",
            initialDelayString = "${hte.roadshow.reminder-interval:PT10M}")
    void remindOnSchedule() {
        remind().subscribe(reminded -> {
                    if (reminded > 0) {
                        log.info("Roadshow reminders sent to {} registrations", reminded);
                    }
                }, error -> log.warn("Roadshow reminders failed; the next run retries", LogText.encoded(error)));
    }

    /** The reminders due, sent once per interval by the holder of the lease; nothing (empty) while another replica holds it. */
    Mono<Long> remind() {
        return leases.runOncePer("roadshow-reminders", reminderInterval, LEASE, lease -> notices.remindDue());
    }

    /** Repairs of seats, then notices of changes still owed. */
    Mono<Long> repair() {
        return reconciler.reconcileDue().flatMap(repaired -> notices.withChanges().concatMap(notices::tell)
                .reduce(repaired, Long::sum));
    }
}
