package cn.baiyun.hte.roadshow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.error.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forgets sign-ups' seat claims once their registrations carry the change, without the answer waiting and in
 * batches: while one removal of an event's claims is under way, the claims settled meanwhile wait and go in the
 * next one, so under a crowd of sign-ups the event's document, which every sign-up's counter update queues for,
 * takes one {@code $unset} for many claims instead of one each. One sign-up alone still has its claim removed at
 * once. A claim the process does not get to (it stopped, or the removal failed) is forgotten by the
 * {@link SeatReconciler} after its grace period, as before; a claim left a little longer only makes a promotion
 * wait the few milliseconds it waits for sign-ups in flight.
 */
@Component
class SettledClaims {

    private static final Logger log = LoggerFactory.getLogger(SettledClaims.class);

    private final SeatKeeper keeper;
    /** Per event, the claims settled and not yet removed; an event is here only while a removal is under way. */
    private final Map<String, List<String>> waiting = new HashMap<>();

    SettledClaims(SeatKeeper keeper) {
        this.keeper = keeper;
    }

    /** The sign-up's claim ({@link SeatLedger#TAKING}) is settled: removed now, or with the next batch. */
    void forget(String roadshowId, String registrationId) {
        synchronized (waiting) {
            List<String> batch = waiting.get(roadshowId);
            if (batch != null) {
                batch.add(registrationId);
                return;
            }
            waiting.put(roadshowId, new ArrayList<>());
        }
        remove(roadshowId, List.of(registrationId));
    }

    private void remove(String roadshowId, List<String> registrationIds) {
        keeper.settled(roadshowId, SeatLedger.TAKING, registrationIds)
                .doOnError(error -> log.warn("Seat claims of {} left for the reconciler", registrationIds,
                        LogText.encoded(error)))
                .onErrorComplete()
                .subscribe(null, null, () -> next(roadshowId));
    }

    private void next(String roadshowId) {
        List<String> batch;
        synchronized (waiting) {
            batch = waiting.remove(roadshowId);
            if (batch == null || batch.isEmpty()) {
                return;
            }
            waiting.put(roadshowId, new ArrayList<>());
        }
        remove(roadshowId, batch);
    }
}
