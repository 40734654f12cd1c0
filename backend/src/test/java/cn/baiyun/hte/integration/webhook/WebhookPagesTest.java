package cn.baiyun.hte.integration.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.filing.FilingSubmitted;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The admins' webhook pages: registering shows the secret once and never caches it, bad input is shown inline
 * and in the summary, a subscription's page lists its deliveries in words, and it is turned off and on.
 */
@PortalIntegrationTest
class WebhookPagesTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    WebhookFanOut fanOut;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals admin = Principals.admin();

    /** Gone again, so that the other tests' filings, in the same application, are not sent to them. */
    @AfterEach
    void subscriptionsGone() {
        mongo.remove(Query.query(Criteria.where("subscriber.userId").is(admin.user().id())), WebhookSubscription.class)
                .block(TIMEOUT);
    }

    @Test
    void anAdminRegistersAWebhookAndSeesItsSecretOnceThenItsDeliveries() {
        assertThat(page("/admin/webhooks")).contains("Webhook 订阅").contains("还没有").contains("href=\"/admin/webhooks/new\"");
        assertThat(page("/admin/webhooks/new")).contains("登记 Webhook").contains("for=\"f-url\"")
                .contains("年度填报已提交").contains("value=\"filing.submitted\"");

        String created = post("/admin/webhooks", form("https://ops.example.com/hook", "filing.submitted", "tier.published"))
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(String.class).returnResult().getResponseBody();
        WebhookSubscription stored = mongo.findOne(Query.query(Criteria.where("subscriber.userId").is(admin.user().id())),
                WebhookSubscription.class).block(TIMEOUT);
        assertThat(created).contains("Webhook 已登记").contains(stored.secret()).contains("密钥只显示这一次");
        assertThat(stored.eventTypes()).containsExactly(WebhookEventType.FILING_SUBMITTED, WebhookEventType.TIER_PUBLISHED);

        String firm = new ObjectId().toHexString();
        fanOut.on(new FilingSubmitted(new EventHeader(new ObjectId().toHexString(), FilingSubmitted.TYPE, Instant.now(),
                "member", "成员", "filing", firm + "-2025", firm), 2025)).block(TIMEOUT);
        String detail = page("/admin/webhooks/" + stored.id());
        assertThat(detail).contains("https://ops.example.com/hook").contains("投递记录").contains("年度填报已提交")
                .containsAnyOf("等待投递", "投递中").contains("尚未尝试").contains("管理员 admin").doesNotContain(stored.secret())
                // read on a phone: each cell says what it is; the summary says "description", not the form's "(optional)"
                .contains("class=\"delivery-log stacked\"").contains("data-label=\"投递状态\"").contains("<dt>说明</dt>");
        assertThat(page("/admin/webhooks")).contains("https://ops.example.com/hook").contains("已启用")
                .contains("data-label=\"接收地址\"")
                .doesNotContain(stored.secret());
        // The worker may have claimed the delivery by now: either word of an undelivered one, in English.
        assertThat(page("/admin/webhooks/" + stored.id() + "?lang=en")).contains("Delivery log")
                .contains("Annual filing submitted").containsAnyOf("Waiting", "Being sent");

        post("/admin/webhooks/" + stored.id() + "/enabled?enabled=false", new LinkedMultiValueMap<>()).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/admin/webhooks/" + stored.id() + "?disabled");
        assertThat(page("/admin/webhooks/" + stored.id() + "?disabled")).contains("订阅已停用").contains("启用");
        post("/admin/webhooks/" + stored.id() + "/delete", new LinkedMultiValueMap<>()).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/admin/webhooks?deleted");
        assertThat(mongo.findById(stored.id(), WebhookSubscription.class).block(TIMEOUT)).isNull();
    }

    @Test
    void anAdminChangesASubscriptionKeepingItsSecretAndWhetherItIsOn() {
        post("/admin/webhooks", form("https://ops.example.com/hook", "filing.submitted", "tier.published"))
                .expectStatus().isOk();
        WebhookSubscription stored = mongo.findOne(Query.query(Criteria.where("subscriber.userId").is(admin.user().id())),
                WebhookSubscription.class).block(TIMEOUT);
        post("/admin/webhooks/" + stored.id() + "/enabled?enabled=false", new LinkedMultiValueMap<>()).expectStatus().isSeeOther();
        assertThat(page("/admin/webhooks/" + stored.id())).contains("href=\"/admin/webhooks/" + stored.id() + "/edit\"")
                .contains("修改订阅");

        String edit = page("/admin/webhooks/" + stored.id() + "/edit");
        assertThat(edit).contains("修改 Webhook 订阅").contains("action=\"/admin/webhooks/" + stored.id() + "/edit\"")
                .contains("value=\"https://ops.example.com/hook\"").contains("保存修改").doesNotContain(stored.secret());
        assertThat(edit.replaceAll("\\s+", " ")).contains("value=\"filing.submitted\" checked")
                .contains("value=\"tier.published\" checked").doesNotContain("value=\"filing.accepted\" checked");

        String refused = post("/admin/webhooks/" + stored.id() + "/edit", form("http://ops.example.com/other"))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("修改 Webhook 订阅").contains("接收地址须使用 HTTPS；只有本机地址可以使用 HTTP")
                .contains("请至少选择一种事件").contains("value=\"http://ops.example.com/other\"");

        MultiValueMap<String, String> change = form("https://ops.example.com/other", "filing.accepted");
        change.set("description", "财务系统");
        post("/admin/webhooks/" + stored.id() + "/edit", change).expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/admin/webhooks/" + stored.id() + "?changed");
        WebhookSubscription changed = mongo.findById(stored.id(), WebhookSubscription.class).block(TIMEOUT);
        assertThat(changed.url()).isEqualTo("https://ops.example.com/other");
        assertThat(changed.description()).isEqualTo("财务系统");
        assertThat(changed.eventTypes()).containsExactly(WebhookEventType.FILING_ACCEPTED);
        assertThat(changed.secret()).isEqualTo(stored.secret());
        assertThat(changed.enabled()).isFalse();
        assertThat(page("/admin/webhooks/" + stored.id() + "?changed")).contains("订阅已修改。").contains("财务系统");
    }

    @Test
    void badInputIsShownInlineAndInTheSummaryAndNothingIsStored() {
        String page = post("/admin/webhooks", form("http://ops.example.com/hook")).expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("href=\"#f-url\"").contains("id=\"f-url-error\"")
                .contains("接收地址须使用 HTTPS；只有本机地址可以使用 HTTP")
                .contains("href=\"#f-eventTypes\"").contains("id=\"f-eventTypes-error\"").contains("请至少选择一种事件")
                .contains("value=\"http://ops.example.com/hook\"").contains("aria-invalid=\"true\"");
        assertThat(mongo.exists(Query.query(Criteria.where("subscriber.userId").is(admin.user().id())),
                WebhookSubscription.class).block(TIMEOUT)).isFalse();
    }

    @Test
    void theMenuLeadsAdminsToTheWebhooksAndNobodyElse() {
        assertThat(page("/admin/webhooks")).contains("href=\"/admin/webhooks\"");
        String reviewersHome = web.mutateWith(Principals.reviewer().session()).get().uri("/").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(reviewersHome).doesNotContain("/admin/webhooks");
    }

    private String page(String path) {
        return web.mutateWith(admin.session()).get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String path, MultiValueMap<String, String> form) {
        return web.mutateWith(admin.session()).mutateWith(csrf()).post().uri(path)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    private static MultiValueMap<String, String> form(String url, String... types) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("url", url);
        form.add("description", "");
        form.addAll("eventTypes", List.of(types));
        return form;
    }
}
