package cn.baiyun.hte.roadshow;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one sign-up over the API costs the database, counted as the load benchmark counts it (a driver command
 * listener, by collection and command): every sign-up waits on the event's one document, so every command
 * more is latency under contention. Prints the counts; fails when a change adds commands.
 */
@PortalIntegrationTest
@Import(CrowdedDatabase.class)
class SignUpCostTest {

    /**
     * Commands of one sign-up, seated or waitlisted alike: the membership, the firm, the event (without the
     * ledger's lists), the registration's insert, the ledger's update (the waitlist's first when the event
     * looked full), the registration's status with its event; then the listeners: the audit entry, the firm's
     * members, their notice, the webhook subscriptions that want it (integration), and the event's removal
     * from the outbox.
     */
    static final int SEATED_BUDGET = 11;
    static final int WAITLISTED_BUDGET = 11;
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

        System.out.printf("Database commands per sign-up: seated %d %s; waitlisted %d %s%n", total(seated), seated,
                total(waitlisted), waitlisted);
        assertThat(total(seated)).isLessThanOrEqualTo(SEATED_BUDGET);
        assertThat(total(waitlisted)).isLessThanOrEqualTo(WAITLISTED_BUDGET);
    }

    private Map<String, Long> cheapest(Roadshow roadshow, String firmName) {
        return java.util.stream.IntStream.range(0, TRIES).mapToObj(i -> counted(roadshow, fixtures.firm(firmName + i)))
                .min(java.util.Comparator.comparingLong(SignUpCostTest::total)).orElseThrow();
    }

    private Map<String, Long> counted(Roadshow roadshow, RoadshowFixtures.Firm firm) {
        Map<String, Long> before = commands.snapshot();
        signUp(roadshow, firm);
        Map<String, Long> delta = new TreeMap<>();
        commands.snapshot().forEach((command, count) -> {
            long made = count - before.getOrDefault(command, 0L);
            if (made > 0 && !polled(command)) {
                delta.put(command, made);
            }
        });
        return delta;
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
