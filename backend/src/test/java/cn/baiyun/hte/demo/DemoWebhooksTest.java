package cn.baiyun.hte.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
 * has real deliveries the receiver took (204: the signature verified), and the receiver refuses a message that
 * is not signed with the subscription's secret.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "hte.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoWebhooksTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void theDemoReceiverIsSubscribedAndHasTakenRealDeliveries() {
        DemoWebhooks.InboxSecret inbox = mongo.findById(DemoWebhooks.InboxSecret.ID, DemoWebhooks.InboxSecret.class)
                .block(TIMEOUT);
        assertThat(inbox).as("the receiver's secret, kept by the demo").isNotNull();
        Document subscription = mongo.findById(inbox.subscriptionId(), Document.class, "webhookSubscriptions")
                .block(TIMEOUT);
        assertThat(subscription.getString("url")).isEqualTo("http://127.0.0.1:" + port + DemoWebhookInbox.PATH);
        assertThat(subscription.getString("description")).isEqualTo(DemoWebhooks.DESCRIPTION);
        assertThat(subscription.getBoolean("enabled")).isTrue();

        Query delivered = Query.query(Criteria.where("subscriptionId").is(inbox.subscriptionId())
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
        String secret = mongo.findById(DemoWebhooks.InboxSecret.ID, DemoWebhooks.InboxSecret.class)
                .block(TIMEOUT).secret();
        String body = "{\"type\":\"filing.submitted\"}";
        String id = "msg_demo_test";
        String timestamp = String.valueOf(Instant.now().getEpochSecond());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signature = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        WebTestClient web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();

        post(web, id, timestamp, "v1,bm90IHRoZSBzaWduYXR1cmU= " + signature, body).expectStatus().isNoContent();
        post(web, id, timestamp, signature, body.replace("submitted", "accepted")).expectStatus().isUnauthorized();
        post(web, id, String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond()), signature, body)
                .expectStatus().isUnauthorized();
        web.post().uri(DemoWebhookInbox.PATH).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isUnauthorized();
    }

    private static WebTestClient.ResponseSpec post(WebTestClient web, String id, String timestamp, String signature,
                                                   String body) {
        return web.post().uri(DemoWebhookInbox.PATH).contentType(MediaType.APPLICATION_JSON)
                .header("webhook-id", id).header("webhook-timestamp", timestamp).header("webhook-signature", signature)
                .bodyValue(body).exchange();
    }
}
