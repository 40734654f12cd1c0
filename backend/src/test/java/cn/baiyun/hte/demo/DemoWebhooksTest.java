package cn.baiyun.hte.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import cn.baiyun.hte.integration.webhook.WebhookRegistrations;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data on a real server: the admin's subscription to the portal's own demo receiver is there, its log
 * has real deliveries the receiver took (204: the signature verified), the receiver refuses a message that is
 * not signed with the secret of a subscription posting to it, and takes one of a subscription an admin registers
 * for it afterwards (as README's walk does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hte.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoWebhooksTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebhookRegistrations registrations;

    @Test
    void theDemoReceiverIsSubscribedAndHasTakenRealDeliveries() {
        Document subscription = demoSubscription();
        assertThat(subscription.getString("url")).isEqualTo("http://127.0.0.1:" + port + DemoWebhookInbox.PATH);
        assertThat(subscription.getBoolean("enabled")).isTrue();

        Query delivered = Query.query(Criteria.where("subscriptionId").is(subscription.getObjectId("_id").toHexString())
                .and("status").is("DELIVERED"));
        Document first = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> mongo.findOne(delivered, Document.class, "webhookDeliveries").block(TIMEOUT),
                        found -> found != null);
        assertThat(first.getInteger("lastResponseCode")).isEqualTo(204);
        assertThat(first.getString("eventType")).isIn("FILING_SUBMITTED", "FILING_RETURNED", "FILING_ACCEPTED",
                "REFERRAL_UPDATED");
    }

    @Test
    void theReceiverTakesOnlyMessagesSignedWithTheSecret() throws Exception {
        String body = "{\"type\":\"filing.submitted\"}";
        String id = "msg_demo_test";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        String signature = signature(demoSubscription().getString("secret"), id, timestamp, body);
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();

        post(web, id, timestamp, "v1,bm90IHRoZSBzaWduYXR1cmU= " + signature, body).expectStatus().isNoContent();
        post(web, id, timestamp, signature, body.replace("submitted", "accepted")).expectStatus().isUnauthorized();
        post(web, id, String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond()), signature, body)
                .expectStatus().isUnauthorized();
        web.post().uri(DemoWebhookInbox.PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void theReceiverTakesMessagesOfASubscriptionAnAdminRegistersForItAndOfNoOtherEndpoint() throws Exception {
        String forInbox = registrations.register(DemoWebhooks.ADMIN, "http://localhost:" + port + DemoWebhookInbox.PATH,
                "走查", List.of("referral.updated")).block(TIMEOUT).secret();
        String elsewhere = registrations.register(DemoWebhooks.ADMIN, "http://localhost:" + port + "/other"
                + DemoWebhookInbox.PATH + "/x", "别处", List.of("referral.updated")).block(TIMEOUT).secret();
        String body = "{\"type\":\"referral.updated\"}";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();

        post(web, "msg_admin", timestamp, signature(forInbox, "msg_admin", timestamp, body), body)
                .expectStatus().isNoContent();
        post(web, "msg_other", timestamp, signature(elsewhere, "msg_other", timestamp, body), body)
                .expectStatus().isUnauthorized();
    }

    private Document demoSubscription() {
        Document subscription = mongo.findOne(Query.query(Criteria.where("description").is(DemoWebhooks.DESCRIPTION)),
                Document.class, "webhookSubscriptions").block(TIMEOUT);
        assertThat(subscription).as("the demo's subscription to its receiver").isNotNull();
        return subscription;
    }

    private static String signature(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static WebTestClient.ResponseSpec post(WebTestClient web, String id, String timestamp, String signature,
                                                   String body) {
        return web.post().uri(DemoWebhookInbox.PATH).contentType(MediaType.APPLICATION_JSON)
                .header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", signature)
                .bodyValue(body).exchange();
    }
}
