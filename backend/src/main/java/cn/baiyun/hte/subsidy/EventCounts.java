package cn.baiyun.hte.subsidy;

import java.time.LocalDate;

import cn.baiyun.hte.enterprise.FirmFigures;
import cn.baiyun.hte.pool.PoolFigures;
import cn.baiyun.hte.relocation.RelocationService;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Counts each event of a year as of today (Asia/Shanghai), committed (it happened) and expected (it may still
 * happen by the year's end; nothing once the year has ended, everything still possible in a coming year):
 * <ul>
 *   <li>First recognition: committed, the firms whose current HTE certificate was issued in the year; expected,
 *       the year's tier-1 firms (the bureau's tier, else the proposal) without a certificate issued in the year.
 *       The portal keeps a firm's current certificate only, so a certificate renewed in the year counts here too
 *       (see re-recognition).</li>
 *   <li>Re-recognition: committed, none counted (without the earlier certificate a renewal cannot be told from a
 *       first recognition); expected, the current certificates whose last valid day falls in the year: each such
 *       firm must be recognised again to stay an HTE.</li>
 *   <li>Relocation: committed, the relocations whose arrival date is in the year up to today; expected, those
 *       with an arrival date after today within the year.</li>
 *   <li>Pool entry: committed, the firms in the year's cycle's pool (tier 1, 2 or 3) that were in no earlier
 *       cycle's; expected, until the year's cycle has been assessed, last year's number of first entries (the
 *       intake it would repeat); nothing once it has been.</li>
 * </ul>
 */
@Component
class EventCounts {

    private final FirmFigures certificates;
    private final PoolFigures pool;
    private final RelocationService relocations;

    EventCounts(FirmFigures certificates, PoolFigures pool, RelocationService relocations) {
        this.certificates = certificates;
        this.pool = pool;
        this.relocations = relocations;
    }

    Mono<Counted> count(SubsidyEvent event, int year, LocalDate today) {
        boolean ended = year < today.getYear();
        return switch (event) {
            case FIRST_RECOGNITION -> certificates.issued(year, year).next().map(FirmFigures.Issued::certificates)
                    .zipWith(ended ? Mono.just(0L) : pool.tierOneCount(year)
                            .zipWith(certificates.issuedAmong(pool.tierOne(year), year), (tierOne, done) -> tierOne - done))
                    .map(found -> new Counted(found.getT1(), found.getT2()));
            case RE_RECOGNITION -> (ended ? Mono.just(0L)
                    : certificates.expiring(year).next().map(FirmFigures.Expiring::certificates))
                    .map(expiring -> new Counted(0, expiring));
            case RELOCATION -> relocations(year, today);
            case POOL_ENTRY -> pool.firstEntries(year).zipWith(ended ? Mono.just(0L)
                            : pool.assessed(year).flatMap(assessed -> assessed ? Mono.just(0L)
                                    : pool.firstEntries(year - 1)))
                    .map(found -> new Counted(found.getT1(), found.getT2()));
        };
    }

    private Mono<Counted> relocations(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Mono<Long> committed = today.isBefore(first) ? Mono.just(0L)
                : relocations.arrivals(first, today.isBefore(last) ? today : last);
        Mono<Long> expected = today.isBefore(last)
                ? relocations.arrivals(today.isBefore(first) ? first : today.plusDays(1), last) : Mono.just(0L);
        return committed.zipWith(expected).map(found -> new Counted(found.getT1(), found.getT2()));
    }
}
