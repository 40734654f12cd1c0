package cn.baiyun.hte.roadshow;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one sign-up over the API costs the database, counted as the load benchmark counts it (a driver command
 * listener, by collection and command): every sign-up waits on the event's one document, so every command
 * more on the answer's path is latency under contention. Prints the counts; fails when a change adds commands,
 * to the answer's path or to what follows it.
 */
@PortalIntegrationTest
@Import(CrowdedDatabase.class)
class SignUpCostTest {

    /**
     * Commands a sign-up's answer waits for, seated or waitlisted alike: the membership, the firm, the event
     * (without the claims in flight), the registration's insert, the counter's update (the waitlist's first when the
     * event looked full), the registration's status and number with its event.
     */
    static final int ANSWER_BUDGET = 6;
    /**
     * Commands that follow alongside the answer, which does not wait for them: the listeners' (the audit entry, the
     * firm's members, their notice, the webhook subscriptions that want it), the event's removal from the outbox,
     * and the counter's claim forgotten. Each is named here, so a command that moves onto the answer's path shows.
     * One sign-up alone makes each of them; under a crowd the last two go in batches ({@link SettledClaims} and the
     * outbox's delivered events), which {@code SeatConcurrencyTest} prints.
     */
    static final Set<String> ALONGSIDE = Set.of("auditEvents.insert", "memberships.distinct", "notices.insert",
            "webhookSubscriptions.find", "registrations.update", "roadshows.update");
    static final int TOTAL_BUDGET = ANSWER_BUDGET + 6;
    /** Sign-ups counted of each kind. */
    static final int TRIES = 3;
    /**
     * The queues the scheduled workers poll every few seconds (leases, webhook deliveries, notice mails): a
     * sign-up only ever adds to them, so any other command on them is a worker's, which on a busy machine, where
     * one sign-up takes seconds, lands in every try.
     */
    static final Set<String> POLLED_QUEUES = Set.of("leases", "webhookDeliveries", "noticeMails");

    @Autowired
    WebTestClient web;
    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    CrowdedDatabase.Commands commands;

    @Test
    void aSignUpOverTheApiStaysWithinItsDatabaseCommands() {
        Roadshow roadshow = fixtures.published(EventKind.ROADSHOW, 1 + TRIES, false);
        // The first sign-up warms what is made once; of the next ones the cheapest of each kind is kept, as
        // the scheduled work (sweeps, the mail worker) may send a command of its own while one is counted.
        signUp(roadshow, fixtures.firm("成本预热企业"));
        Map<String, Long> seated = cheapest(roadshow, "成本入座企业");
        Map<String, Long> waitlisted = cheapest(roadshow, "成本候补企业");

        System.out.printf("Database commands per sign-up: seated %d (answer %d) %s; waitlisted %d (answer %d) %s%n",
                total(seated), answer(seated), seated, total(waitlisted), answer(waitlisted), waitlisted);
        assertThat(answer(seated)).isLessThanOrEqualTo(ANSWER_BUDGET);
        assertThat(answer(waitlisted)).isLessThanOrEqualTo(ANSWER_BUDGET);
        assertThat(total(seated)).isLessThanOrEqualTo(TOTAL_BUDGET);
        assertThat(total(waitlisted)).isLessThanOrEqualTo(TOTAL_BUDGET);
        // The follow-up did happen (the audit entry and the notice are not lost by leaving the answer's path).
        assertThat(seated).containsKeys("auditEvents.insert", "notices.insert", "roadshows.update");
        assertThat(waitlisted).containsKeys("auditEvents.insert", "notices.insert", "roadshows.update");
    }

    private Map<String, Long> cheapest(Roadshow roadshow, String firmName) {
        return java.util.stream.IntStream.range(0, TRIES).mapToObj(i -> counted(roadshow, fixtures.firm(firmName + i)))
                .min(java.util.Comparator.comparingLong(SignUpCostTest::total)).orElseThrow();
    }

    private Map<String, Long> counted(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        Map<String, Long> before = commands.snapshot();
        signUp(roadshow, firm);
        // What follows the answer is done once nothing more comes for a moment.
        Map<String, Long> delta = since(before);
        for (int quiet = 0; quiet < 3; ) {
            Mono.delay(Duration.ofMillis(100)).block();
            Map<String, Long> later = since(before);
            quiet = later.equals(delta) ? quiet + 1 : 0;
            delta = later;
        }
        return delta;
    }

    private Map<String, Long> since(Map<String, Long> before) {
        Map<String, Long> delta = new TreeMap<>();
        commands.snapshot().forEach((command, count) -> {
            long made = count - before.getOrDefault(command, 0L);
            if (made > 0 && !polled(command)) {
                delta.put(command, made);
            }
        });
        return delta;
    }

    private static long answer(Map<String, Long> commands) {
        return commands.entrySet().stream().filter(command -> !ALONGSIDE.contains(command.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private void signUp(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        Map<String, Object> request = new HashMap<>(RoadshowApiTest.registration());
        request.put("enterpriseId", firm.id());
        web.mutateWith(firm.member().bearer()).post().uri("/api/v1/roadshows/" + roadshow.id() + "/registrations")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request).exchange().expectStatus().isCreated();
    }

    private static boolean polled(String command) {
        int dot = command.indexOf('.');
        return POLLED_QUEUES.contains(command.substring(0, dot)) && !command.endsWith(".insert");
    }

    private static long total(Map<String, Long> commands) {
        return commands.values().stream().mapToLong(Long::longValue).sum();
    }
}
