package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.REVIEWER;
import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seats are never oversold: many sign-ups, cancellations and decisions at the same moment, through the real
 * services on the embedded database, leave the ledger's counters and the registrations agreeing and every rule kept.
 */
@PortalIntegrationTest
@Import(CrowdedDatabase.class)
class SeatConcurrencyTest {

    static final int FIRMS = 1000;
    static final int SEATS = 100;

    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RoadshowService roadshows;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    CrowdedDatabase.Commands commands;

    /**
     * All 1,000 sign-ups are subscribed at the same moment, straight at the service (no HTTP: the load benchmark
     * measures that path), none waiting for another to be answered: the database driver's pool (100 connections)
     * is the only bound, and sign-ups beyond it queue for a connection in the driver, as they would in production.
     * Arrival order is the order the event's document took the ledger's updates: each update that places a
     * sign-up also counts it ({@code arrivals}), so the number a sign-up is answered with is its place in the
     * order the database serialised them. The test shows that those numbers are exactly 1 to 1,000, that the
     * seats went to 1 to 100, and that the waitlist holds everyone else in exactly that order.
     */
    @Test
    void aThousandConcurrentSignUpsForAHundredSeatsConfirmExactlyAHundredAndWaitlistTheRestInArrivalOrder() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, SEATS, false);
        List<RoadshowFixtures.Firm> firms = fixtures.firms(FIRMS);

        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Map<String, Long> commandsBefore = commands.snapshot();
        long started = System.nanoTime();
        List<RegistrationView> answers = Flux.fromIterable(firms)
                .flatMap(firm -> registrations.register(firm.member().user(), roadshow.id(), firm.id(),
                                RoadshowFixtures.pitch()).subscribeOn(Schedulers.parallel())
                        .doOnError(errors::add).onErrorResume(error -> Mono.empty()), FIRMS)
                .collectList().block(Duration.ofMinutes(3));
        System.out.printf("%,d sign-ups subscribed at once answered in %d ms%n", FIRMS,
                (System.nanoTime() - started) / 1_000_000);

        assertThat(errors).isEmpty();
        assertThat(answers).hasSize(FIRMS);
        Map<RegistrationStatus, List<RegistrationView>> byStatus = answers.stream()
                .collect(Collectors.groupingBy(view -> view.registration().status()));
        assertThat(byStatus.keySet()).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        assertThat(answers).extracting(view -> view.registration().arrival())
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, FIRMS).boxed().toList());
        assertThat(byStatus.get(RegistrationStatus.CONFIRMED)).hasSize(SEATS)
                .extracting(view -> view.registration().arrival()).allMatch(arrival -> arrival <= SEATS);
        assertThat(byStatus.get(RegistrationStatus.WAITLISTED)).hasSize(FIRMS - SEATS)
                .allSatisfy(view -> assertThat(view.waitlistPosition()).isEqualTo(view.registration().arrival() - SEATS));

        // What is stored agrees with every answer, the counters with what is stored, and the waitlist (the waiting
        // registrations in arrival order) is the arrival order itself.
        Map<String, Registration> stored = mongo.find(Query.query(Criteria.where("roadshowId").is(roadshow.id())),
                Registration.class).collectMap(Registration::id).block(TIMEOUT);
        assertThat(stored.values()).hasSize(FIRMS).extracting(Registration::enterpriseId).doesNotHaveDuplicates();
        assertThat(answers).allSatisfy(view -> {
            Registration kept = stored.get(view.registration().id());
            assertThat(kept.status()).isEqualTo(view.registration().status());
            assertThat(kept.arrival()).isEqualTo(view.registration().arrival());
        });
        SeatLedger ledger = settledLedger(mongo, roadshow);
        assertThat(ledger.freeSeats()).isZero();
        assertThat(ledger.waitlisted()).isEqualTo(FIRMS - SEATS);
        assertThat(ledger.arrivals()).isEqualTo(FIRMS);
        assertThat(waitlist(mongo, roadshow)).extracting(Registration::arrival)
                .containsExactlyElementsOf(LongStream.rangeClosed(SEATS + 1, FIRMS).boxed().toList());
        assertThat(roadshows.seats(roadshow).block(TIMEOUT)).isEqualTo(new Seats(SEATS, SEATS, FIRMS - SEATS));
        // Every registration's event was delivered and taken out of it (in batches under this crowd), no sweeper.
        long undelivered = Eventually.read(() -> mongo.count(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                .and(Outbox.PENDING_EVENTS + ".0").exists(true)), Registration.class).block(TIMEOUT), left -> left == 0);
        assertThat(undelivered).isZero();

        Map<String, Long> made = new TreeMap<>();
        commands.snapshot().forEach((command, count) -> {
            long sent = count - commandsBefore.getOrDefault(command, 0L);
            if (sent > 0) {
                made.put(command, sent);
            }
        });
        System.out.printf("Database commands per sign-up, all %,d at once: %.2f %s%n", FIRMS,
                made.values().stream().mapToLong(Long::longValue).sum() / (double) FIRMS, made);
    }

    @Test
    void concurrentCancellationsApprovalsRejectionsAndSignUpsKeepEveryRule() {
        int capacity = 10;
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, capacity, true);
        List<RoadshowFixtures.Firm> firms = fixtures.firms(60);
        Map<String, RoadshowFixtures.Firm> firmById = firms.stream()
                .collect(Collectors.toMap(RoadshowFixtures.Firm::id, Function.identity()));
        List<RegistrationView> first = Flux.fromIterable(firms.subList(0, 30))
                .flatMap(firm -> signUp(roadshow, firm), 30).collectList().block(TIMEOUT);
        assertThat(first).filteredOn(v -> v.registration().status() == RegistrationStatus.PENDING_APPROVAL)
                .hasSize(capacity);

        // At once: ten more sign up, four seat holders cancel, three are approved, two rejected, two waiting cancel.
        List<Registration> holding = first.stream().map(RegistrationView::registration)
                .filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL).toList();
        List<Registration> waiting = first.stream().map(RegistrationView::registration)
                .filter(r -> r.status() == RegistrationStatus.WAITLISTED)
                .sorted(Comparator.comparingLong(Registration::arrival)).toList();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        List<Mono<?>> work = new ArrayList<>();
        firms.subList(30, 40).forEach(firm -> work.add(signUp(roadshow, firm)));
        holding.subList(0, 4).forEach(r -> work.add(registrations.cancel(firmById.get(r.enterpriseId()).member().user(),
                r.id())));
        holding.subList(4, 7).forEach(r -> work.add(registrations.approve(REVIEWER.user(), r.id(), null)));
        holding.subList(7, 9).forEach(r -> work.add(registrations.reject(REVIEWER.user(), r.id(), "材料不全")));
        waiting.subList(0, 2).forEach(r -> work.add(registrations.cancel(firmById.get(r.enterpriseId()).member().user(),
                r.id())));
        Flux.fromIterable(work).flatMap(mono -> mono.subscribeOn(Schedulers.parallel())
                .doOnError(errors::add).onErrorResume(e -> Mono.empty()), work.size()).blockLast(TIMEOUT);
        assertThat(errors).isEmpty();

        List<Registration> stored = mongo.find(Query.query(Criteria.where("roadshowId").is(roadshow.id())),
                Registration.class).collectList().block(TIMEOUT);
        SeatLedger ledger = settledLedger(mongo, roadshow);
        assertThat(stored).hasSize(40).extracting(Registration::enterpriseId).doesNotHaveDuplicates();
        List<Registration> seated = stored.stream().filter(r -> r.status().holdsSeat()).toList();
        assertThat(seated).hasSizeLessThanOrEqualTo(capacity);
        assertThat(ledger.freeSeats()).isEqualTo(capacity - seated.size());
        assertThat(stored).filteredOn(r -> r.status() == RegistrationStatus.CONFIRMED).extracting(Registration::id)
                .containsExactlyInAnyOrderElementsOf(holding.subList(4, 7).stream().map(Registration::id).toList());
        // Every freed seat went to the waitlist, which keeps the order of arrival: every firm still waiting arrived
        // after every firm promoted from it.
        assertThat(seated).hasSize(capacity);
        List<Registration> stillWaiting = waitlist(mongo, roadshow);
        assertThat(ledger.waitlisted()).isEqualTo(stillWaiting.size());
        assertThat(stored).extracting(Registration::arrival).doesNotHaveDuplicates();
        long lastPromoted = seated.stream().filter(r -> r.arrival() > capacity).mapToLong(Registration::arrival)
                .max().orElseThrow();
        assertThat(stillWaiting).allSatisfy(r -> assertThat(r.arrival()).isGreaterThan(lastPromoted));
        Set<String> promotedFirst = new HashSet<>(waiting.subList(2, 8).stream().map(Registration::id).toList());
        assertThat(seated).extracting(Registration::id).containsAll(promotedFirst);
        assertThat(stored).noneMatch(r -> r.status() == RegistrationStatus.REQUESTED);
        assertThat(stored).filteredOn(r -> !r.status().active()).allMatch(Registration::seatReleased);
    }

    /**
     * The ledger once the changes in flight are done: each change's claim is forgotten alongside its answer, so a
     * moment after the last answer the ledger holds counters only.
     */
    static SeatLedger settledLedger(ReactiveMongoTemplate mongo, Roadshow roadshow) {
        SeatLedger ledger = Eventually.read(() -> mongo.findById(roadshow.id(), SeatLedger.class).block(TIMEOUT),
                SeatLedger::settled);
        assertThat(ledger.settled()).as("claims left in flight: %s", ledger).isTrue();
        return ledger;
    }

    /** The event's waitlist: its waiting registrations in arrival order. */
    static List<Registration> waitlist(ReactiveMongoTemplate mongo, Roadshow roadshow) {
        return mongo.find(Query.query(Criteria.where("roadshowId").is(roadshow.id())
                        .and("status").is(RegistrationStatus.WAITLISTED)).with(Sort.by("arrival")), Registration.class)
                .collectList().block(TIMEOUT);
    }

    private Mono<RegistrationView> signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        return registrations.register(firm.member().user(), roadshow.id(), firm.id(), RoadshowFixtures.pitch())
                .subscribeOn(Schedulers.parallel());
    }
}
