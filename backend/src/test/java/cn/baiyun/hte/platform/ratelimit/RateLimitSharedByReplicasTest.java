package cn.baiyun.hte.platform.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.process.PortalProcess;
import cn.baiyun.hte.support.process.TokenIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the application, each in a JVM of its own ({@link PortalProcess}), on one database
 * ({@link ExternalMongo}): an integration client's requests count against one limit whichever replica
 * answers them. The client may send four requests a minute; two go to each replica, the fifth is refused
 * by both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitSharedByReplicasTest {

    private static final int LIMIT = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ExternalMongo database;
    TokenIssuer tokens;
    List<PortalProcess> replicas = List.of();

    @BeforeAll
    void twoReplicasOnOneDatabase() throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "rate-limit-replicas-");
        database = ExternalMongo.start("256m");
        tokens = TokenIssuer.start();
        Map<String, String> properties = Map.of(
                "spring.mongodb.uri", database.uri("hte-rate-limits"),
                "hte.keycloak.url", tokens.url(),
                "hte.rate-limits.clients.demo-integration", String.valueOf(LIMIT));
        CompletableFuture<PortalProcess> first = CompletableFuture.supplyAsync(
                () -> PortalProcess.start(properties, dir.resolve("replica-1.log")));
        CompletableFuture<PortalProcess> second = CompletableFuture.supplyAsync(
                () -> PortalProcess.start(properties, dir.resolve("replica-2.log")));
        replicas = List.of(first.join(), second.join());
    }

    @AfterAll
    void stop() {
        replicas.forEach(PortalProcess::close);
        if (tokens != null) {
            tokens.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aClientsLimitIsOneForAllReplicas() throws Exception {
        String token = tokens.accessToken(Principals.integrationClient("enterprises:read"));
        awaitAFreshWindow();

        for (int sent = 1; sent <= LIMIT; sent++) {
            HttpResponse<String> answer = get(replicas.get(sent % 2), token);
            String remaining = "\"per-client\";r=" + (LIMIT - sent) + ";";
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("RateLimit")).as("counted over both replicas")
                    .hasValueSatisfying(state -> assertThat(state).startsWith(remaining));
        }
        for (PortalProcess replica : replicas) {
            HttpResponse<String> refused = get(replica, token);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
            assertThat(refused.body()).contains("urn:hte:problem:rate-limited");
        }
    }

    private HttpResponse<String> get(PortalProcess replica, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(replica.url() + "/api/v1/enterprises")).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until at least 20 seconds of the current one-minute window are left. */
    private static void awaitAFreshWindow() throws InterruptedException {
        long left = 60_000 - Math.floorMod(System.currentTimeMillis(), 60_000L);
        if (left < 20_000) {
            Thread.sleep(left + 100);
        }
    }
}
