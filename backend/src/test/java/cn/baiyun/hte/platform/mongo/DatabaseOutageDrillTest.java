package cn.baiyun.hte.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill: the database, in a process of its own on an H2 file, is killed with {@code kill -9} while the
 * application runs. Meanwhile the API answers 503 problem+json with {@code Retry-After}, pages say in the
 * reader's language that the portal is temporarily unavailable, readiness is DOWN and liveness UP. When the
 * database is started again from its file, the application recovers by itself, and every write it had
 * acknowledged is there. The context is closed afterwards: its database is gone.
 */
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "PT30S")
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageDrillTest {

    static final int WRITES = 5;
    static final Duration RECOVERY = Duration.ofSeconds(30);

    static Path dir;
    static ExternalMongo database;

    @DynamicPropertySource
    static void databaseInItsOwnProcess(DynamicPropertyRegistry registry) throws IOException {
        dir = Files.createTempDirectory("database-outage-drill");
        database = ExternalMongo.startOnFile(dir.resolve("mongo.mv"), 0, dir.resolve("database.log"));
        registry.add("spring.mongodb.uri", () -> database.uri("hte-drill"));
    }

    @AfterAll
    static void stopTheDatabase() throws IOException {
        database.close();
        FileSystemUtils.deleteRecursively(dir);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;

    @Test
    void whileTheDatabaseIsDownEveryoneIsToldToComeBackAndAfterwardsNothingAcknowledgedIsMissing() {
        Principals member = Principals.firmUser("outage-drill");
        String achievements = "/api/v1/enterprises/" + firms.approvedFirm(member, "停库演练科技有限公司")
                + "/achievements";
        List<String> acknowledged = new ArrayList<>();
        for (int i = 1; i <= WRITES; i++) {
            acknowledged.add(web.mutateWith(member.bearer()).post().uri(achievements)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("title", "停库前的成果 " + i))
                    .exchange().expectStatus().isCreated()
                    .expectBody(Map.class).returnResult().getResponseBody().get("id").toString());
        }

        database.kill();

        apiIsUnavailable(member, achievements, "zh-CN", "服务暂时不可用");
        apiIsUnavailable(member, achievements, "en", "Temporarily unavailable");
        web.mutateWith(member.bearer()).post().uri(achievements).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "停库时的成果")).exchange()
                .expectStatus().isEqualTo(503).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        pageIsUnavailable(member, "/", "服务暂时不可用", "请过几分钟再试");
        pageIsUnavailable(member, "/?lang=en", "Temporarily unavailable", "Try again in a few minutes");
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.status").isEqualTo("DOWN");
        web.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");

        database.restart();

        awaitReadiness();
        List<String> stored = new ArrayList<>();
        web.mutateWith(member.bearer()).get().uri(achievements + "?limit=50").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].id").value(ids -> stored.addAll((List<String>) ids));
        assertThat(stored).as("the writes acknowledged before the database was killed")
                .containsExactlyInAnyOrderElementsOf(acknowledged);
        web.mutateWith(member.bearer()).post().uri(achievements).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "恢复后的成果")).exchange().expectStatus().isCreated();
        web.mutateWith(member.session()).get().uri("/").exchange().expectStatus().isOk();
    }

    private void apiIsUnavailable(Principals caller, String path, String language, String title) {
        web.mutateWith(caller.bearer()).get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.title").isEqualTo(title);
    }

    private void pageIsUnavailable(Principals person, String path, String title, String advice) {
        web.mutateWith(person.session()).get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "10")
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("<title>" + title + "</title>")
                        .contains(advice).doesNotContain("Exception"));
    }

    private void awaitReadiness() {
        Instant deadline = Instant.now().plus(RECOVERY);
        while (web.get().uri("/actuator/health/readiness").exchange().returnResult(String.class).getStatus()
                .value() != 200) {
            assertThat(Instant.now()).as("ready again within %s of the database's restart", RECOVERY)
                    .isBefore(deadline);
        }
    }
}
