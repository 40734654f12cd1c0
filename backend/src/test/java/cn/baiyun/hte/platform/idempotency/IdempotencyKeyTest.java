package cn.baiyun.hte.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import cn.baiyun.hte.platform.api.ServedContract;
import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Safe retries of the API's creating POSTs with {@code Idempotency-Key}. */
@PortalIntegrationTest
class IdempotencyKeyTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String KEY = IdempotencyKeyHeader.NAME;

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings drafts;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    IdempotencyKeyPurge purge;
    @Autowired
    Leases leases;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndCreatesNothingMore() {
        Principals member = Principals.firmUser("idem-replay");
        String achievements = achievementsOf(member, "幂等重放科技有限公司");
        String key = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> first = createAchievement(member, achievements, key, "{\"title\":\"智能巡检算法\"}")
                .expectStatus().isCreated().expectBody().returnResult();
        EntityExchangeResult<byte[]> retry = createAchievement(member, achievements, key, "{\"title\":\"智能巡检算法\"}")
                .expectStatus().isCreated()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED, "true")
                .expectBody().returnResult();

        assertThat(new String(retry.getResponseBody(), StandardCharsets.UTF_8))
                .isEqualTo(new String(first.getResponseBody(), StandardCharsets.UTF_8));
        assertThat(retry.getResponseHeaders().getLocation()).isNotNull()
                .isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(retry.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
        assertThat(retry.getResponseHeaders().getContentType()).isEqualTo(first.getResponseHeaders().getContentType());
        assertThat(first.getResponseHeaders().get(IdempotencyKeyFilter.REPLAYED)).isNull();
        web.mutateWith(member.bearer()).get().uri(achievements).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422InTheCallersLanguageAndChangesNothing() {
        Principals member = Principals.firmUser("idem-conflict");
        String achievements = achievementsOf(member, "幂等冲突科技有限公司");
        String key = UUID.randomUUID().toString();
        createAchievement(member, achievements, key, "{\"title\":\"第一项成果\"}").expectStatus().isCreated();

        createAchievement(member, achievements, key, "{\"title\":\"另一项成果\"}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:idempotency-key-reused")
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.title").isEqualTo("幂等键已被使用");
        web.mutateWith(member.bearer()).post().uri(achievements).header(KEY, key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"title\":\"另一项成果\"}").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.title").isEqualTo("Idempotency key already used");
        // The same key on another operation is another request too.
        web.mutateWith(member.bearer()).post().uri(achievements.replace("achievements", "rd-projects")).header(KEY, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"第一项成果\"}").exchange()
                .expectStatus().isEqualTo(422);
        web.mutateWith(member.bearer()).get().uri(achievements).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0]").value(item -> assertThat(item.toString()).contains("第一项成果"));
    }

    @Test
    void whileTheFirstRequestIsStillRunningARetryIs409AndAfterwardsItIsReplayed() {
        TestFilings.Draft draft = drafts.draft("idem-inflight", "幂等并发科技有限公司");
        String documents = "/api/v1/enterprises/" + draft.firm() + "/documents";
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestFiles.pdf(300_000);
        Sinks.Empty<Void> gate = Sinks.empty();
        // The file's second half arrives only when the gate opens: the first request is held mid-upload.
        Flux<DataBuffer> held = Flux.concat(Flux.just(buffer(pdf, 0, pdf.length / 2)),
                gate.asMono().thenMany(Flux.defer(() -> Flux.just(buffer(pdf, pdf.length / 2, pdf.length)))));
        CompletableFuture<EntityExchangeResult<byte[]>> first = CompletableFuture.supplyAsync(() ->
                UploadRequest.streamed("专利证书.pdf", held).forFiling("OTHER", draft.year())
                        .postTo(web.mutateWith(draft.member().bearer()).post().uri(documents)).header(KEY, key)
                        .exchange().expectBody().returnResult());
        await().atMost(TIMEOUT).until(() -> mongo.exists(query(where("key").is(key)), IdempotentRequest.class)
                .block(TIMEOUT));

        UploadRequest.file("专利证书.pdf", pdf).forFiling("OTHER", draft.year())
                .postTo(web.mutateWith(draft.member().bearer()).post().uri(documents)).header(KEY, key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:idempotency-key-in-use")
                .jsonPath("$.title").isEqualTo("Request still in progress");

        gate.tryEmitEmpty();
        EntityExchangeResult<byte[]> answered = first.join();
        assertThat(answered.getStatus().value()).as(new String(answered.getResponseBody(), StandardCharsets.UTF_8))
                .isEqualTo(201);
        EntityExchangeResult<byte[]> replayed = UploadRequest.file("专利证书.pdf", pdf).forFiling("OTHER", draft.year())
                .postTo(web.mutateWith(draft.member().bearer()).post().uri(documents)).header(KEY, key)
                .exchange().expectStatus().isCreated()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED, "true")
                .expectBody().returnResult();
        assertThat(replayed.getResponseBody()).isEqualTo(answered.getResponseBody());
    }

    @Test
    void anUploadRetriedWithAnotherMultipartBoundaryIsReplayedAndStoredOnce() {
        TestFilings.Draft draft = drafts.draft("idem-upload", "幂等上传科技有限公司");
        String documents = "/api/v1/enterprises/" + draft.firm() + "/documents";
        String key = UUID.randomUUID().toString();
        byte[] pdf = TestFiles.pdf(2_000_000);

        EntityExchangeResult<byte[]> first = upload(draft, documents, key, "curl-boundary-1", pdf)
                .expectStatus().isCreated().expectBody().returnResult();
        EntityExchangeResult<byte[]> retry = upload(draft, documents, key, "another-client-boundary-2", pdf)
                .expectStatus().isCreated()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED, "true")
                .expectBody().returnResult();
        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());

        byte[] otherFile = TestFiles.pdf(2_000_001);
        upload(draft, documents, key, "curl-boundary-1", otherFile).expectStatus().isEqualTo(422);
        web.mutateWith(draft.member().bearer()).get().uri(documents).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCallerSoTwoCallersWithOneKeyEachCreateTheirOwn() {
        Principals first = Principals.firmUser("idem-caller-1");
        Principals second = Principals.firmUser("idem-caller-2");
        String firstAchievements = achievementsOf(first, "幂等甲科技有限公司");
        String secondAchievements = achievementsOf(second, "幂等乙科技有限公司");
        String key = UUID.randomUUID().toString();

        String firstId = createAchievement(first, firstAchievements, key, "{\"title\":\"同名成果\"}")
                .expectStatus().isCreated().expectBody(String.class).returnResult().getResponseBody();
        createAchievement(second, secondAchievements, key, "{\"title\":\"同名成果\"}")
                .expectStatus().isCreated()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED)
                .expectBody(String.class).value(body -> assertThat(body).isNotEqualTo(firstId));
        web.mutateWith(second.bearer()).get().uri(secondAchievements).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void aClientMistakeIsKeptAndReplayedLikeAnyAnswer() {
        Principals member = Principals.firmUser("idem-invalid");
        String achievements = achievementsOf(member, "幂等校验科技有限公司");
        String key = UUID.randomUUID().toString();
        createAchievement(member, achievements, key, "{\"title\":\"\"}").expectStatus().isBadRequest()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED);
        createAchievement(member, achievements, key, "{\"title\":\"\"}").expectStatus().isBadRequest()
                .expectHeader().valueEquals(IdempotencyKeyFilter.REPLAYED, "true")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:validation");
    }

    @Test
    void aMalformedKeyIsAValidationProblemOnTheHeader() {
        Principals member = Principals.firmUser("idem-malformed");
        String achievements = achievementsOf(member, "幂等键格式科技有限公司");
        for (String bad : List.of("two words", "x".repeat(256), "\"\"", "键")) {
            createAchievement(member, achievements, bad, "{\"title\":\"成果\"}")
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                    .jsonPath("$.errors[0].field").isEqualTo(KEY)
                    .jsonPath("$.errors[0].code").isEqualTo(IdempotencyKeyHeader.INVALID);
        }
        web.mutateWith(member.bearer()).get().uri(achievements).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        createAchievement(member, achievements, "\"" + "k".repeat(255) + "\"", "{\"title\":\"成果\"}")
                .expectStatus().isCreated();
    }

    @Test
    void thePurgeRemovesKeysPastTheirRetentionOnlyUnderItsLease() {
        Principals member = Principals.firmUser("idem-purge");
        String achievements = achievementsOf(member, "幂等清理科技有限公司");
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        createAchievement(member, achievements, old, "{\"title\":\"昨天的成果\"}").expectStatus().isCreated();
        createAchievement(member, achievements, recent, "{\"title\":\"今天的成果\"}").expectStatus().isCreated();
        mongo.updateFirst(query(where("key").is(old)),
                new Update().set("createdAt", Instant.now().minus(Duration.ofHours(25))), IdempotentRequest.class)
                .block(TIMEOUT);

        Lease elsewhere = leases.acquire("idempotency-key-purge", Duration.ofMinutes(1)).block(TIMEOUT);
        assertThat(purge.purge().block(TIMEOUT)).as("another replica holds the lease").isNull();
        assertThat(keyExists(old)).isTrue();
        leases.release(elsewhere).block(TIMEOUT);

        assertThat(purge.purge().block(TIMEOUT)).isGreaterThanOrEqualTo(1L);
        assertThat(keyExists(old)).isFalse();
        assertThat(keyExists(recent)).isTrue();
        createAchievement(member, achievements, old, "{\"title\":\"昨天的成果\"}").expectStatus().isCreated()
                .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED);
    }

    @Test
    void withoutAKeyOrOnAnOperationThatCreatesNothingTheHeaderChangesNothing() {
        Principals member = Principals.firmUser("idem-none");
        String achievements = achievementsOf(member, "幂等无键科技有限公司");
        for (int i = 0; i < 2; i++) {
            web.mutateWith(member.bearer()).post().uri(achievements).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"title\":\"无键成果\"}").exchange().expectStatus().isCreated()
                    .expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED);
        }
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            web.mutateWith(member.bearer()).post().uri("/api/v1/me/notices/read").header(KEY, key).exchange()
                    .expectStatus().isNoContent().expectHeader().doesNotExist(IdempotencyKeyFilter.REPLAYED);
        }
        assertThat(keyExists(key)).isFalse();
        web.mutateWith(member.bearer()).get().uri(achievements).exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);
    }

    @Test
    void theContractOffersTheHeaderAndItsAnswersOnEveryCreatingOperation() {
        var contract = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(ServedContract.read(web, "/v3/api-docs"));
        List<String> offered = new java.util.ArrayList<>();
        contract.path("paths").forEach(path -> {
            var post = path.path("post");
            if (post.path("parameters").findValuesAsString("$ref").contains("#/components/parameters/IdempotencyKey")) {
                offered.add(post.path("operationId").asString());
                assertThat(post.path("responses").has("409")).isTrue();
                assertThat(post.path("responses").has("422")).isTrue();
            }
        });
        assertThat(offered).containsExactlyInAnyOrderElementsOf(CreatingOperations.IDS);
        assertThat(contract.at("/components/parameters/IdempotencyKey/name").asString()).isEqualTo(KEY);
    }

    private String achievementsOf(Principals member, String firmName) {
        return "/api/v1/enterprises/" + firms.approvedFirm(member, firmName) + "/achievements";
    }

    private WebTestClient.ResponseSpec createAchievement(Principals caller, String achievements, String key, String json) {
        return web.mutateWith(caller.bearer()).post().uri(achievements).header(KEY, key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private WebTestClient.ResponseSpec upload(TestFilings.Draft draft, String documents, String key, String boundary,
                                              byte[] file) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fiscalYear\"\r\n\r\n" + draft.year() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"certificate.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n";
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length() + file.length + tail.length];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(file, 0, body, head.length(), file.length);
        System.arraycopy(tail, 0, body, head.length() + file.length, tail.length);
        return web.mutateWith(draft.member().bearer()).post().uri(documents).header(KEY, key)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(body).exchange();
    }

    private boolean keyExists(String key) {
        return Boolean.TRUE.equals(mongo.exists(query(where("key").is(key)), IdempotentRequest.class).block(TIMEOUT));
    }

    private static DataBuffer buffer(byte[] bytes, int from, int to) {
        return DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(bytes, from, to));
    }
}
