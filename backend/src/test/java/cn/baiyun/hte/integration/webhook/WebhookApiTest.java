package cn.baiyun.hte.integration.webhook;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webhooks API as a client and an admin use it: the secret answered once, subscriptions changed, turned off
 * and on and deleted, each client seeing its own only; bad input answered with problem+json naming the field, in
 * the caller's language.
 */
@PortalIntegrationTest
class WebhookApiTest {

    static final String API = "/api/v1/webhooks";

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals client = Principals.integrationClient("webhooks:manage", "filings:read");

    @Test
    void aClientSubscribesReadsItsSecretOnceChangesTurnsOffAndDeletes() {
        CreatedWebhook created = as(client).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", " https://erp.example.com/hooks/hte ", "description", "财务系统",
                        "eventTypes", List.of("filing.accepted", "filing.submitted", "filing.submitted")))
                .exchange().expectStatus().isCreated()
                .expectBody(CreatedWebhook.class).returnResult().getResponseBody();

        assertThat(created.secret()).startsWith("whsec_");
        WebhookResource made = created.subscription();
        assertThat(made.url()).isEqualTo("https://erp.example.com/hooks/hte");
        assertThat(made.eventTypes()).containsExactly("filing.submitted", "filing.accepted");
        assertThat(made.enabled()).isTrue();
        assertThat(made.ownerKind()).isEqualTo("CLIENT");
        as(client).get().uri(API + "/{id}", made.id()).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains(made.id())
                        .doesNotContain(created.secret()).doesNotContain("whsec_"));

        as(client).put().uri(API + "/{id}", made.id()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://erp.example.com/hooks/v2", "eventTypes", List.of("filing.returned"),
                        "enabled", false))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.url").isEqualTo("https://erp.example.com/hooks/v2")
                .jsonPath("$.eventTypes[0]").isEqualTo("filing.returned")
                .jsonPath("$.enabled").isEqualTo(false)
                .jsonPath("$.disabledReason").isEqualTo("BY_OWNER");
        as(client).put().uri(API + "/{id}", made.id()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://erp.example.com/hooks/v2", "eventTypes", List.of("filing.returned"),
                        "enabled", true))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.enabled").isEqualTo(true).jsonPath("$.disabledReason").doesNotExist();

        as(Principals.integrationClient("webhooks:manage")).get().uri(API + "/{id}", made.id()).exchange()
                .expectStatus().isNotFound();
        as(Principals.integrationClient("webhooks:manage")).get().uri(API).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        as(Principals.admin()).get().uri(API + "/{id}", made.id()).exchange().expectStatus().isOk();

        as(client).delete().uri(API + "/{id}", made.id()).exchange().expectStatus().isNoContent();
        as(client).get().uri(API + "/{id}", made.id()).exchange().expectStatus().isNotFound();
    }

    @Test
    void aPlainHttpEndpointOtherThanThisMachineIsRefusedWithTheFieldNamed() {
        problem(client, Map.of("url", "http://erp.example.com/hooks", "eventTypes", List.of("filing.submitted")), "en")
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message")
                .isEqualTo("The endpoint must use HTTPS; only this machine may be reached over plain HTTP");
        problem(client, Map.of("url", "ftp://erp.example.com/hooks", "eventTypes", List.of("filing.submitted")), "zh-CN")
                .jsonPath("$.errors[0].field").isEqualTo("url")
                .jsonPath("$.errors[0].message").isEqualTo("请填写完整的网址，如 https://example.com/hooks（不含用户名、密码和 # 片段）");
        problem(client, Map.of("url", "https://user:pw@erp.example.com/", "eventTypes", List.of("filing.submitted")), "en")
                .jsonPath("$.errors[0].field").isEqualTo("url");
        String local = as(client).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("filing.submitted")))
                .exchange().expectStatus().isCreated()
                .expectBody(CreatedWebhook.class).returnResult().getResponseBody().subscription().id();
        // Gone again, so that the other tests' filings, in the same application, are not sent to it.
        as(client).delete().uri(API + "/{id}", local).exchange().expectStatus().isNoContent();
    }

    @Test
    void anUnknownOrUnentitledEventTypeIsRefusedWithTheFieldNamed() {
        problem(client, Map.of("url", "https://erp.example.com/", "eventTypes", List.of("filing.deleted")), "en")
                .jsonPath("$.errors[0].field").isEqualTo("eventTypes")
                .jsonPath("$.errors[0].message").isEqualTo("Unknown event type \"filing.deleted\"");
        problem(client, Map.of("url", "https://erp.example.com/", "eventTypes", List.of("tier.published")), "zh-CN")
                .jsonPath("$.errors[0].field").isEqualTo("eventTypes")
                .jsonPath("$.errors[0].message").isEqualTo("无权接收事件“tier.published”：需要权限范围 enterprises:read");
        problem(client, Map.of("url", "https://erp.example.com/", "eventTypes", List.of()), "en")
                .jsonPath("$.errors[0].field").isEqualTo("eventTypes")
                .jsonPath("$.errors[0].message").isEqualTo("Choose at least one event");
        as(client).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"url\": \"https://erp.example.com/\", \"eventTypes\": \"filing.submitted\"}")
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void onlyAdminsAndClientsWithTheScopeManageWebhooks() {
        as(Principals.integrationClient("filings:read")).get().uri(API).exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        as(Principals.reviewer()).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://erp.example.com/", "eventTypes", List.of("filing.submitted")))
                .exchange().expectStatus().isForbidden();
        Principals admin = Principals.admin();
        CreatedWebhook created = as(admin).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://ops.example.com/", "eventTypes",
                        List.of("tier.published", "referral.updated", "roadshow.registration.changed")))
                .exchange().expectStatus().isCreated()
                .expectBody(CreatedWebhook.class).returnResult().getResponseBody();
        assertThat(created.subscription().ownerKind()).isEqualTo("ADMIN");
        as(admin).delete().uri(API + "/{id}", created.subscription().id()).exchange().expectStatus().isNoContent();
    }

    private WebTestClient.BodyContentSpec problem(Principals caller, Map<String, Object> body, String language) {
        return as(caller).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody();
    }

    private WebTestClient as(Principals caller) {
        return web.mutateWith(caller.bearer());
    }

    @Test
    void aFirmsOwnSoftwareSubscribesForThatFirmOnlyAndOneForAnUnknownFirmMayNot() {
        String firm = firms.approvedFirm(Principals.firmUser("webhook-firm-owner"), "推送测试公司");
        Principals software = Principals.firmSoftware(firms.stored(firm).uscc(), "webhooks:manage", "filings:read");
        CreatedWebhook created = as(software).post().uri(API).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://erp.example.com/hooks/own", "eventTypes", List.of("filing.submitted")))
                .exchange().expectStatus().isCreated()
                .expectBody(CreatedWebhook.class).returnResult().getResponseBody();

        WebhookSubscription stored = mongo.findById(created.subscription().id(), WebhookSubscription.class).block();
        assertThat(stored.subscriber().firmId()).isEqualTo(firm);

        as(Principals.firmSoftware(TestFirms.newUscc(), "webhooks:manage", "filings:read")).post().uri(API)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://erp.example.com/hooks/nobody", "eventTypes", List.of("filing.submitted")))
                .exchange().expectStatus().isForbidden();
    }
}
