package cn.baiyun.hte;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.pool.run.GeneratedFirms;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import cn.baiyun.hte.support.e2e.PageSessions;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import cn.baiyun.hte.support.e2e.RealmOrigins;
import cn.baiyun.hte.support.process.PortalProcess;
import cn.baiyun.hte.support.process.Replicas;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Two replicas of the application, each in a JVM of its own, on one database in a process of its own
 * ({@link Replicas}), as a deployment with more than one replica runs: a page session made through one is
 * valid on the other (sessions live in MongoDB); a scheduled job (the session purge, its interval shortened to
 * two seconds) runs once per interval across both, not once per replica; and a cycle run started on one and
 * killed with it is shown interrupted by the other and finished there. The drills share the replicas and run
 * in order; the last one kills the first replica.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicasDrillTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PURGE_INTERVAL = Duration.ofSeconds(2);
    /** Long enough a run that it can be killed half-way on a busy 2-core machine. */
    private static final int GENERATED_FIRMS = 2_500;
    private static final Pattern PURGES = Pattern.compile(
            "^hte_scheduled_runs_total\\{[^}]*job=\"session-purge\"[^}]*} ([0-9.E]+)$", Pattern.MULTILINE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Replicas replicas;
    MongoClient client;
    ReactiveMongoTemplate mongo;

    @BeforeAll
    void twoReplicasOnOneDatabase() throws IOException {
        replicas = Replicas.start(2, Map.of(
                "hte.keycloak.url", KeycloakTestServer.get().url(),
                "hte.demo-data.enabled", "true",
                "hte.sessions.purge-interval", "PT" + PURGE_INTERVAL.toSeconds() + "S",
                "hte.pool.run.stale-after", "PT20S",
                "hte.pool.run.watch-interval", "PT1S",
                "management.endpoints.web.exposure.include", "health,prometheus"),
                Files.createTempDirectory(Path.of("target"), "replicas-drill-"));
        client = MongoClients.create(replicas.databaseUri());
        mongo = new ReactiveMongoTemplate(client, Replicas.DATABASE);
    }

    @AfterAll
    void stop() {
        if (replicas != null) {
            replicas.close();
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    @Order(1)
    void aPageSessionMadeThroughOneReplicaIsValidOnTheOther() throws Exception {
        PortalProcess first = replicas.get(0);
        PortalProcess second = replicas.get(1);
        RealmOrigins.allow(first.url());
        String session = PageSessions.signIn(first.url(), "reviewer", PortalBrowser.PASSWORD);

        HttpResponse<String> withSession = page(second, "/reviewer/claims", session);
        assertThat(withSession.statusCode()).as("signed in on the other replica (%s)",
                withSession.headers().firstValue("Location")).isEqualTo(200);
        assertThat(withSession.headers().allValues("Set-Cookie")).as("the session keeps its id")
                .noneMatch(cookie -> cookie.startsWith(PageSessions.COOKIE + "="));
        assertThat(page(second, "/reviewer/claims", null).statusCode()).as("without the session: to sign-in")
                .isEqualTo(302);
        // A browser's requests in flight at once, one to each replica, both find the session.
        var onFirst = CompletableFuture.supplyAsync(() -> status(first, session));
        var onSecond = CompletableFuture.supplyAsync(() -> status(second, session));
        assertThat(List.of(onFirst.get(), onSecond.get())).containsExactly(200, 200);
    }

    private int status(PortalProcess replica, String session) {
        try {
            return page(replica, "/reviewer/claims", session).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(2)
    void theSessionPurgeRunsOncePerIntervalAcrossBothReplicas() throws Exception {
        double before = purges(replicas.get(0)) + purges(replicas.get(1));
        Duration watched = PURGE_INTERVAL.multipliedBy(6);
        Thread.sleep(watched.toMillis());
        double passes = purges(replicas.get(0)) + purges(replicas.get(1)) - before;

        // Each replica's scheduler calls every interval, so twice as many passes would run without the lease;
        // one more than the intervals watched is the boundary of the window.
        assertThat(passes).as("passes in %s across both replicas", watched).isBetween(3.0, 7.0);
    }

    @Test
    @Order(3)
    void aCycleRunOfAKilledReplicaIsShownInterruptedAndFinishedByTheOther() throws Exception {
        int year = Year.now(SHANGHAI).getValue() + 1; // the coming year's cycle, which the demo leaves open
        GeneratedFirms.insert(mongo, GENERATED_FIRMS, year).blockLast(Duration.ofMinutes(2));
        String reviewer = PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD);
        PortalProcess doomed = replicas.get(0);
        PortalProcess survivor = replicas.get(1);

        assertThat(api(doomed, "POST", "/api/v1/cycles/" + year + "/assessment-runs", reviewer).statusCode())
                .isEqualTo(202);
        JsonNode running = await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(100))
                .until(() -> run(survivor, year, reviewer), run -> run.path("processed").asLong() >= 500);
        doomed.kill();
        assertThat(running.path("state").asString()).as("killed while running").isEqualTo("RUNNING");
        assertThat(running.path("processed").asLong()).as("killed half-way").isLessThan(GENERATED_FIRMS);

        // Up to the staleness (20 s) plus the watch's lease (1 min): the killed replica may have died in the middle
        // of a watch pass, holding that lease until it expires.
        JsonNode interrupted = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> run(survivor, year, reviewer), run -> !run.path("state").asString().equals("RUNNING"));
        assertThat(interrupted.path("state").asString()).as("shown by the replica that is left").isEqualTo("INTERRUPTED");

        assertThat(api(survivor, "POST", "/api/v1/cycles/" + year + "/assessment-runs", reviewer).statusCode())
                .as("the other replica takes the expired lease").isEqualTo(202);
        JsonNode done = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> run(survivor, year, reviewer), run -> run.path("state").asString().equals("DONE"));
        long entries = mongo.count(query(where("cycleYear").is(year)), "poolEntries").block(TIMEOUT);
        assertThat(done.path("processed").asLong()).isGreaterThan(GENERATED_FIRMS).isEqualTo(entries);
    }

    private double purges(PortalProcess replica) throws IOException, InterruptedException {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(replica.managementUrl()
                + "/actuator/prometheus")).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        Matcher count = PURGES.matcher(metrics.body());
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }

    private HttpResponse<String> page(PortalProcess replica, String path, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.url() + path)).timeout(TIMEOUT);
        if (session != null) {
            request.header("Cookie", PageSessions.COOKIE + "=" + session);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode run(PortalProcess replica, int year, String token) throws IOException, InterruptedException {
        return JSON.readTree(api(replica, "GET", "/api/v1/cycles/" + year, token).body()).path("run");
    }

    private HttpResponse<String> api(PortalProcess replica, String method, String path, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(replica.url() + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
