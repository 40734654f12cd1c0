package cn.baiyun.hte.integration.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.filing.FilingSubmitted;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.lease.WorkClaims;
import cn.baiyun.hte.referral.ReferralStatus;
import cn.baiyun.hte.referral.ReferralUpdated;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook messages against a local receiver (okhttp's MockWebServer): signed so that a receiver following the
 * specification verifies them, retried after a 500 and after no answer in time, each sent once even with two
 * workers racing, sent after a worker died holding one, given up after the last attempt, the subscription turned
 * off after failing deliveries in a row, each event made into one message however often it arrives, and logged as
 * the subscriber reads it. The workers' schedule is pushed out of the way: the tests run the rounds themselves,
 * with short waits and timeouts.
 */
@PortalIntegrationTest
class WebhookDeliveryTest {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final int MAX_ATTEMPTS = 3;

    @DynamicPropertySource
    static void quickDeliveries(DynamicPropertyRegistry properties) {
        properties.add("hte.webhooks.poll-interval", () -> "PT1H");
        properties.add("hte.webhooks.timeout", () -> "PT5S");
        properties.add("hte.webhooks.retry-after", () -> "PT1S");
        properties.add("hte.webhooks.longest-wait", () -> "PT2S");
        properties.add("hte.webhooks.max-attempts", () -> MAX_ATTEMPTS);
        properties.add("hte.webhooks.claim-for", () -> "PT30S");
        properties.add("hte.webhooks.disable-after", () -> 2);
    }

    @Autowired
    WebhookService webhooks;
    @Autowired
    WebhookFanOut fanOut;
    @Autowired
    WebhookWorker worker;
    @Autowired
    WebhookSender sender;
    @Autowired
    WebhookSettings settings;
    @Autowired
    Outbox outbox;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    JsonMapper json;
    @Autowired
    Clock clock;
    @Autowired
    WebTestClient web;

    MockWebServer receiver;
    final Principals client = Principals.integrationClient("webhooks:manage", "filings:read", "enterprises:read");
    final String firm = new ObjectId().toHexString();

    @BeforeEach
    void receiverListens() throws IOException {
        receiver = new MockWebServer();
        receiver.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void receiverGone() {
        receiver.close();
    }

    @Test
    void deliversOneMessageThatAReceiverFollowingTheSpecificationVerifies() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted", "filing.returned");
        receiver.enqueue(ok());
        FilingSubmitted event = submitted(firm, 2025);

        fanOut.on(event).block(TIMEOUT);
        assertThat(worker.deliverDue().block(TIMEOUT)).isEqualTo(1);

        RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/hook");
        assertThat(request.getHeaders().get("content-type")).startsWith("application/json");
        String id = request.getHeaders().get("webhook-id");
        String timestamp = request.getHeaders().get("webhook-timestamp");
        String body = request.getBody().utf8();
        assertThat(StandardWebhooksVerifier.verifies(subscription.secret(), id, timestamp,
                request.getHeaders().get("webhook-signature"), body, Instant.now())).isTrue();
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(60);

        JsonNode payload = json.readTree(body);
        assertThat(payload.get("type").asString()).isEqualTo("filing.submitted");
        assertThat(payload.get("timestamp").asString()).isEqualTo(event.header().occurredAt().toString());
        assertThat(payload.get("data").get("eventId").asString()).isEqualTo(event.header().eventId());
        assertThat(payload.get("data").get("enterpriseId").asString()).isEqualTo(firm);
        assertThat(payload.get("data").get("fiscalYear").asInt()).isEqualTo(2025);

        assertThat(deliveries(subscription)).singleElement().satisfies(delivery -> {
            assertThat(delivery.id()).isEqualTo(id);
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastResponseCode()).isEqualTo(200);
            assertThat(delivery.deliveredAt()).isNotNull();
            assertThat(delivery.claimedBy()).isNull();
        });
    }

    @Test
    void retriesAfterA500WithAGrowingJitteredWaitAndKeepsTheMessageId() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        receiver.enqueue(new MockResponse.Builder().code(500).body("down").build());
        receiver.enqueue(ok());
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);

        Instant before = Instant.now();
        assertThat(worker.deliverDue().block(TIMEOUT)).isZero();
        WebhookDelivery failed = deliveries(subscription).get(0);
        assertThat(failed.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastResponseCode()).isEqualTo(500);
        assertThat(failed.lastFailure()).isEqualTo(Failure.STATUS);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.nextAttemptAt()).as("half to all of the first wait, 1 s")
                .isBetween(before.plusMillis(500), Instant.now().plusMillis(1000));
        assertThat(receiver.getRequestCount()).isEqualTo(1);
        awaitDue(failed);
        assertThat(worker.deliverDue().block(TIMEOUT)).isEqualTo(1);

        assertThat(deliveries(subscription)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastResponseCode()).isEqualTo(200);
            assertThat(delivery.lastFailure()).isNull();
        });
        String first = receiver.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("webhook-id");
        assertThat(receiver.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("webhook-id")).isEqualTo(first);
    }

    @Test
    void retriesWhenTheEndpointDoesNotAnswerInTime() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        receiver.enqueue(new MockResponse.Builder().headersDelay(12, TimeUnit.SECONDS).build());
        receiver.enqueue(ok());
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);

        Instant started = Instant.now();
        assertThat(worker.deliverDue().block(TIMEOUT)).isZero();
        assertThat(Duration.between(started, Instant.now())).as("gave up after the 5 s timeout")
                .isLessThan(Duration.ofSeconds(10));
        WebhookDelivery timedOut = deliveries(subscription).get(0);
        assertThat(timedOut.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(timedOut.lastFailure()).isEqualTo(Failure.TIMEOUT);
        assertThat(timedOut.lastResponseCode()).isNull();

        awaitDue(timedOut);
        assertThat(worker.deliverDue().block(TIMEOUT)).isEqualTo(1);
        assertThat(deliveries(subscription).get(0).status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    }

    @Test
    void twoWorkersRacingSendEachMessageOnce() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        for (int year = 2001; year <= 2030; year++) {
            receiver.enqueue(ok());
            fanOut.on(submitted(firm, year)).block(TIMEOUT);
        }
        WebhookWorker other = new WebhookWorker(mongo, sender, outbox, settings, clock);

        List<Long> delivered = Flux.merge(worker.deliverDue().subscribeOn(Schedulers.parallel()),
                other.deliverDue().subscribeOn(Schedulers.parallel())).collectList().block(TIMEOUT);

        assertThat(delivered.stream().mapToLong(Long::longValue).sum()).isEqualTo(30);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            ids.add(receiver.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("webhook-id"));
        }
        assertThat(ids).hasSize(30);
        assertThat(receiver.takeRequest(300, TimeUnit.MILLISECONDS)).as("no message twice").isNull();
        assertThat(deliveries(subscription)).hasSize(30)
                .allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED));
    }

    @Test
    void aMessageHeldByAWorkerThatDiedIsSentOnceItsClaimRunsOut() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        receiver.enqueue(ok());
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);
        String id = deliveries(subscription).get(0).id();

        WorkClaims.Claim<WebhookDelivery> held = worker.claim(id).block(TIMEOUT);
        assertThat(held).as("the first worker claims it, then its process dies").isNotNull();
        WebhookWorker restarted = new WebhookWorker(mongo, sender, outbox, settings, clock);
        assertThat(restarted.deliverDue().block(TIMEOUT)).as("not while the claim is held").isZero();
        assertThat(receiver.getRequestCount()).isZero();

        Clock afterTheClaim = Clock.offset(clock, settings.claimFor().plusSeconds(1));
        WebhookWorker later = new WebhookWorker(mongo, sender, outbox, settings, afterTheClaim);
        assertThat(later.deliverDue().block(TIMEOUT)).isEqualTo(1);

        assertThat(receiver.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("webhook-id")).isEqualTo(id);
        assertThat(deliveries(subscription)).singleElement()
                .satisfies(delivery -> assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED));
        assertThat(worker.deliver(held).block(TIMEOUT)).as("the dead worker's claim no longer counts").isFalse();
    }

    @Test
    void givesUpAfterTheLastAttemptAndTurnsOffASubscriptionThatKeepsFailing() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        for (int i = 0; i < 2 * MAX_ATTEMPTS; i++) {
            receiver.enqueue(new MockResponse.Builder().code(503).build());
        }
        fanOut.on(submitted(firm, 2024)).block(TIMEOUT);
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            for (WebhookDelivery waiting : deliveries(subscription)) {
                awaitDue(waiting);
            }
            worker.deliverDue().block(TIMEOUT);
        }

        assertThat(deliveries(subscription)).hasSize(2).allSatisfy(delivery -> {
            assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.FAILED);
            assertThat(delivery.attempts()).isEqualTo(MAX_ATTEMPTS);
            assertThat(delivery.lastResponseCode()).isEqualTo(503);
        });
        WebhookSubscription off = mongo.findById(subscription.id(), WebhookSubscription.class).block(TIMEOUT);
        assertThat(off.enabled()).isFalse();
        assertThat(off.disabledReason()).isEqualTo(WebhookSubscription.DisabledReason.FAILING);
        assertThat(off.failuresInRow()).isEqualTo(2);
        assertThat(mongo.find(Query.query(Criteria.where("subjectId").is(subscription.id())
                .and("action").is(WebhookDisabled.TYPE)), AuditEvent.class).collectList().block(TIMEOUT))
                .as("the owner is told through the audit trail").hasSize(1);

        fanOut.on(submitted(firm, 2026)).block(TIMEOUT);
        assertThat(deliveries(subscription)).as("a disabled subscription is sent nothing new").hasSize(2);
        assertThat(receiver.getRequestCount()).isEqualTo(2 * MAX_ATTEMPTS);
    }

    @Test
    void anEventDeliveredAgainByTheOutboxMakesNoSecondMessage() {
        WebhookSubscription subscription = subscribe(client, "filing.returned");
        FilingReturned returned = new FilingReturned(header(FilingReturned.TYPE, firm), 2025,
                Map.of(FilingSection.STAFF, "请核对科技人员人数", FilingSection.FINANCIALS, "收入口径"));

        fanOut.on(returned).block(TIMEOUT);
        fanOut.on(returned).block(TIMEOUT);

        assertThat(deliveries(subscription)).singleElement().satisfies(delivery -> {
            assertThat(delivery.eventId()).isEqualTo(returned.header().eventId());
            JsonNode data = json.readTree(delivery.body()).get("data");
            assertThat(data.get("returnedSections").toString()).isEqualTo("[\"FINANCIALS\",\"STAFF\"]");
            assertThat(delivery.body()).as("the reviewer's comments stay in the portal").doesNotContain("收入口径");
        });
    }

    @Test
    void eachSubscriberIsToldOnlyOfWhatItMayRead() {
        Principals gxjSystem = Principals.departmentClient("工信局", "webhooks:manage", "referrals:read");
        Principals rolesOnly = Principals.integrationClient("webhooks:manage", "roadshows:read");
        WebhookSubscription gxj = subscribe(gxjSystem, "referral.updated");
        WebhookSubscription roadshows = subscribe(rolesOnly, "roadshow.registration.changed");
        WebhookSubscription admin = subscribe(Principals.admin(), "referral.updated", "filing.submitted");

        fanOut.on(referral("工信局")).block(TIMEOUT);
        fanOut.on(referral("大数据局")).block(TIMEOUT);
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);

        assertThat(deliveries(gxj)).singleElement().satisfies(delivery ->
                assertThat(json.readTree(delivery.body()).get("data").get("department").asString()).isEqualTo("工信局"));
        assertThat(deliveries(roadshows)).isEmpty();
        assertThat(deliveries(admin)).hasSize(3);
    }

    @Test
    void aDeliveredMessageIsSentAgainOnRequestWithTheSameIdAndTheLogShowsIt() throws Exception {
        WebhookSubscription subscription = subscribe(client, "filing.submitted");
        receiver.enqueue(ok());
        receiver.enqueue(new MockResponse.Builder().code(202).build());
        fanOut.on(submitted(firm, 2025)).block(TIMEOUT);
        worker.deliverDue().block(TIMEOUT);
        String id = deliveries(subscription).get(0).id();

        web.mutateWith(client.bearer()).post()
                .uri("/api/v1/webhooks/{w}/deliveries/{d}/replay", subscription.id(), id).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.replays").isEqualTo(1);
        worker.deliverDue().block(TIMEOUT);

        receiver.takeRequest(5, TimeUnit.SECONDS);
        assertThat(receiver.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("webhook-id")).isEqualTo(id);
        web.mutateWith(client.bearer()).get().uri("/api/v1/webhooks/{w}/deliveries", subscription.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].eventType").isEqualTo("filing.submitted")
                .jsonPath("$.items[0].status").isEqualTo("DELIVERED")
                .jsonPath("$.items[0].attempts").isEqualTo(1)
                .jsonPath("$.items[0].replays").isEqualTo(1)
                .jsonPath("$.items[0].lastResponseCode").isEqualTo(202)
                .jsonPath("$.items[0].deliveredAt").exists();
        web.mutateWith(Principals.integrationClient("webhooks:manage").bearer()).get()
                .uri("/api/v1/webhooks/{w}/deliveries", subscription.id()).exchange()
                .expectStatus().isNotFound();
    }

    private WebhookSubscription subscribe(Principals owner, String... types) {
        String url = "http://127.0.0.1:" + receiver.getPort() + "/hook";
        return webhooks.create(owner.user(), new WebhookRequest(url, null, List.of(types), null)).block(TIMEOUT);
    }

    private List<WebhookDelivery> deliveries(WebhookSubscription subscription) {
        return mongo.find(Query.query(Criteria.where("subscriptionId").is(subscription.id())).with(Sort.by("_id")),
                WebhookDelivery.class).collectList().block(TIMEOUT);
    }

    private void awaitDue(WebhookDelivery delivery) throws InterruptedException {
        WebhookDelivery now = mongo.findById(delivery.id(), WebhookDelivery.class).block(TIMEOUT);
        long wait = Duration.between(Instant.now(), now.nextAttemptAt()).toMillis() + 20;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).build();
    }

    private FilingSubmitted submitted(String enterpriseId, int year) {
        return new FilingSubmitted(header(FilingSubmitted.TYPE, enterpriseId), year);
    }

    private ReferralUpdated referral(String department) {
        return new ReferralUpdated(header(ReferralUpdated.TYPE, firm), department, "91350100M000100Y43",
                ReferralStatus.RECEIVED, ReferralStatus.CONTACTED, null, null, false);
    }

    private EventHeader header(String type, String enterpriseId) {
        return new EventHeader(new ObjectId().toHexString(), type, Instant.now(clock), "reviewer-id", "审核员",
                "filing", enterpriseId + "-x", enterpriseId);
    }
}
