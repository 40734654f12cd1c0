package cn.baiyun.hte.integration.webhook;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.RoadshowsApi;
import cn.baiyun.hte.client.api.WebhooksApi;
import cn.baiyun.hte.client.model.Attendee;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.CreatedWebhook;
import cn.baiyun.hte.client.model.DeliveryResource;
import cn.baiyun.hte.client.model.RegistrationRequest;
import cn.baiyun.hte.client.model.RoadshowRequest;
import cn.baiyun.hte.client.model.WebhookRequest;
import cn.baiyun.hte.client.model.WebhookResource;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.DemoClient;
import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static cn.baiyun.hte.support.e2e.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks resource through the Java client generated from {@code openapi/portal-api.yaml}, as the demo
 * realm's {@code demo-integration} client (webhooks:manage, roadshows:read) with its real Keycloak token:
 * it subscribes a local receiver (the secret in that answer only), a firm's registration for a roadshow is
 * delivered signed and shows in its delivery log, it replays the delivery (same webhook-id), turns the
 * subscription off (no replay then), and deletes it with its log. An admin's token sees the client's subscription.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookClientEndToEndTest {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    MockWebServer receiver;
    String token;
    WebhooksApi hooks;
    String url;

    @BeforeAll
    void receiverAndClient() throws IOException {
        receiver = new MockWebServer();
        receiver.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(204).build();
            }
        });
        receiver.start(InetAddress.getByName("127.0.0.1"), 0);
        url = "http://127.0.0.1:" + receiver.getPort() + "/investor-hooks";
        token = DemoClient.INTEGRATION.token();
        hooks = new WebhooksApi(GeneratedClient.withBearer(token));
    }

    @AfterAll
    void closeReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void aClientSubscribesIsDeliveredToReplaysTurnsItOffAndDeletesIt() throws Exception {
        CreatedWebhook created = hooks.createWebhook(new WebhookRequest().url(url).description("投资平台接收端")
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.ROADSHOW_REGISTRATION_CHANGED)), UUID.randomUUID().toString());
        String secret = created.getSecret();
        WebhookResource subscription = created.getSubscription();
        String id = subscription.getId();
        assertThat(secret).startsWith("whsec_");
        assertThat(subscription.getOwnerKind()).isEqualTo(WebhookResource.OwnerKindEnum.CLIENT);
        assertThat(subscription.getEnabled()).isTrue();
        assertThat(subscription.getEventTypes()).containsExactly("roadshow.registration.changed");
        assertThat(raw("/api/v1/webhooks/" + id)).as("the secret is shown once").contains(id).doesNotContain(secret);
        assertThat(raw("/api/v1/webhooks?limit=100")).contains(id).doesNotContain(secret);
        assertThat(hooks.listWebhooks(100, null).getItems()).extracting(WebhookResource::getId).contains(id);
        var admin = new WebhooksApi(GeneratedClient.withBearer(PersonSignIn.accessToken("admin", PortalBrowser.PASSWORD)));
        assertThat(admin.getWebhook(id).getOwnerKind()).as("admins see every subscription")
                .isEqualTo(WebhookResource.OwnerKindEnum.CLIENT);
        refused(400, () -> hooks.createWebhook(new WebhookRequest().url(url)
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.FILING_SUBMITTED)), null));

        String roadshow = aFirmSignsUpForANewRoadshow();
        RecordedRequest first = awaitRequest(request -> request.getBody().utf8().contains(roadshow));
        assertThat(first.getTarget()).isEqualTo("/investor-hooks");
        assertSigned(first, secret);
        assertThat(first.getBody().utf8()).contains("\"type\":\"roadshow.registration.changed\"");
        String deliveryId = first.getHeaders().get("webhook-id");
        DeliveryResource delivered = awaitLogged(id, deliveryId, 0);
        assertThat(delivered.getEventType()).isEqualTo("roadshow.registration.changed");
        assertThat(delivered.getAttempts()).isEqualTo(1);
        assertThat(delivered.getLastResponseCode()).isEqualTo(204);
        assertThat(delivered.getDeliveredAt()).isNotNull();

        DeliveryResource replayed = hooks.replayWebhookDelivery(id, deliveryId);
        assertThat(replayed.getStatus()).isEqualTo(DeliveryResource.StatusEnum.PENDING);
        assertThat(replayed.getReplays()).isEqualTo(1);
        RecordedRequest again = awaitRequest(request -> deliveryId.equals(request.getHeaders().get("webhook-id")));
        assertSigned(again, secret);
        assertThat(again.getBody().utf8()).as("the same message").isEqualTo(first.getBody().utf8());
        assertThat(awaitLogged(id, deliveryId, 1).getAttempts()).isEqualTo(1);

        WebhookResource off = hooks.updateWebhook(id, new WebhookRequest().url(url).description("暂停接收")
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.ROADSHOW_REGISTRATION_CHANGED,
                        WebhookRequest.EventTypesEnum.TIER_PUBLISHED)).enabled(false));
        assertThat(off.getEnabled()).isFalse();
        assertThat(off.getDisabledReason()).isEqualTo(WebhookResource.DisabledReasonEnum.BY_OWNER);
        assertThat(off.getDescription()).isEqualTo("暂停接收");
        assertThat(hooks.getWebhook(id).getEventTypes()).containsExactlyInAnyOrder("roadshow.registration.changed",
                "tier.published");
        refused(409, () -> hooks.replayWebhookDelivery(id, deliveryId));

        hooks.deleteWebhook(id);
        refused(404, () -> hooks.getWebhook(id));
        refused(404, () -> hooks.listWebhookDeliveries(id, null, null));
        assertThat(hooks.listWebhooks(100, null).getItems()).extracting(WebhookResource::getId).doesNotContain(id);
    }

    /** 金融办's officer publishes a roadshow and a new firm's person signs it up; answers the roadshow's id. */
    private static String aFirmSignsUpForANewRoadshow() throws ApiException {
        var organiser = new RoadshowsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("officer-jrb", PortalBrowser.PASSWORD)));
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).withNano(0);
        String roadshow = organiser.createRoadshow(new RoadshowRequest().kind(RoadshowRequest.KindEnum.ROADSHOW)
                .titleZh("推送测试路演").descriptionZh("报名变化推送给订阅的投资平台。").startsAt(now.plusDays(6))
                .endsAt(now.plusDays(6).plusHours(2)).venue("白云区科技创新中心").capacity(5)
                .registrationOpensAt(now.minusHours(1)).registrationClosesAt(now.plusDays(5)).approvalRequired(false)
                .attendeesPerFirm(1).themes(List.of("推送测试")), null).getId();
        organiser.publishRoadshow(roadshow);
        var person = GeneratedClient.withBearer(PersonSignIn.accessToken("firm-b", PortalBrowser.PASSWORD));
        var reviewer = GeneratedClient.withBearer(PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD));
        String firm = new ClaimsApi(reviewer).approveClaim(new ClaimsApi(person).createClaim(new ClaimRequest()
                .uscc(TestFirms.newUscc()).name("推送报名测试有限公司"), null).getId()).getEnterpriseId();
        new RoadshowsApi(person).registerForRoadshow(roadshow, new RegistrationRequest().enterpriseId(firm)
                .projectName("智能仓储机器人").summary("仓储搬运机器人。").financingSought(new BigDecimal("5000000"))
                .stage(RegistrationRequest.StageEnum.ANGEL).useOfFunds("量产").consentToShareContacts(false)
                .attendees(List.of(new Attendee().name("刘洋").role("总经理").mobile("13985020044"))), null);
        return roadshow;
    }

    /** The next request the receiver gets that {@code wanted} matches; other tests' events may come before it. */
    private RecordedRequest awaitRequest(Predicate<RecordedRequest> wanted) throws InterruptedException {
        Instant until = Instant.now().plus(DELIVERY_TIMEOUT);
        while (Instant.now().isBefore(until)) {
            RecordedRequest request = receiver.takeRequest(1, TimeUnit.SECONDS);
            if (request != null && wanted.test(request)) {
                return request;
            }
        }
        throw new AssertionError("the receiver got no such request within " + DELIVERY_TIMEOUT);
    }

    /** The delivery as the log shows it once the worker has recorded it delivered after {@code replays} replays. */
    private DeliveryResource awaitLogged(String subscription, String deliveryId, int replays)
            throws ApiException, InterruptedException {
        Instant until = Instant.now().plus(DELIVERY_TIMEOUT);
        while (true) {
            DeliveryResource logged = hooks.listWebhookDeliveries(subscription, 100, null).getItems().stream()
                    .filter(delivery -> delivery.getId().equals(deliveryId)).findFirst()
                    .orElseThrow(() -> new AssertionError(deliveryId + " is not in the delivery log"));
            if (logged.getStatus() == DeliveryResource.StatusEnum.DELIVERED && logged.getReplays() == replays
                    || Instant.now().isAfter(until)) {
                assertThat(logged.getStatus()).isEqualTo(DeliveryResource.StatusEnum.DELIVERED);
                assertThat(logged.getReplays()).isEqualTo(replays);
                return logged;
            }
            Thread.sleep(250);
        }
    }

    private static void assertSigned(RecordedRequest request, String secret) throws Exception {
        assertThat(StandardWebhooksVerifier.verifies(secret, request.getHeaders().get("webhook-id"),
                request.getHeaders().get("webhook-timestamp"), request.getHeaders().get("webhook-signature"),
                request.getBody().utf8(), Instant.now())).as("the signature verifies with the secret shown once").isTrue();
    }

    /** The body as the API sends it, not as the generated client's model keeps it. */
    private String raw(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(EndToEndPorts.APP_URL + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
