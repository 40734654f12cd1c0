package cn.baiyun.hte.integration.webhook;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Webhooks are the admins' and the integration clients' holding {@code webhooks:manage}: every other caller of
 * the matrix (firm users, reviewers, department officers, a client without the scope) gets 403 on every endpoint
 * and page, whatever the subscription; none of them changes it.
 */
@PortalIntegrationTest
class WebhookIsolationMatrixTest extends IsolationMatrix {

    private static final String API = "/api/v1/webhooks";
    private static final String PAGES = "/admin/webhooks";

    @Autowired
    WebhookService webhooks;

    String subscription;
    String delivery = UNKNOWN_ID;

    @Override
    protected void prepare() {
        Principals admin = Principals.admin();
        subscription = webhooks.create(admin.user(), new WebhookRequest("https://ops.example.com/hook",
                null, List.of("filing.submitted"), null)).block().id();
        // Off, so that the other tests' filings, in the same application, are not sent to it.
        webhooks.setEnabled(admin.user(), subscription, false).block();
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        Map<String, Object> body = Map.of("url", "https://evil.example.com/", "eventTypes", List.of("filing.submitted"));
        return Stream.of(
                Case.of("GET webhooks", c -> c.get().uri(API),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST webhooks", c -> c.post().uri(API).contentType(MediaType.APPLICATION_JSON).bodyValue(body),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET webhooks/{id}", c -> c.get().uri(API + "/{id}", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("PUT webhooks/{id}", c -> c.put().uri(API + "/{id}", subscription)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(body),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("DELETE webhooks/{id}", c -> c.delete().uri(API + "/{id}", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET webhooks/{id}/deliveries", c -> c.get().uri(API + "/{id}/deliveries", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST webhooks/{id}/deliveries/{d}/replay", c -> c.post()
                                .uri(API + "/{id}/deliveries/{d}/replay", subscription, delivery),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(
                Case.of("GET /admin/webhooks", c -> c.get().uri(PAGES),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET /admin/webhooks/new", c -> c.get().uri(PAGES + "/new"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST /admin/webhooks", c -> c.mutateWith(csrf()).post().uri(PAGES)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .bodyValue("url=https%3A%2F%2Fevil.example.com%2F&eventTypes=filing.submitted"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET /admin/webhooks/{id}", c -> c.get().uri(PAGES + "/{id}", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("GET /admin/webhooks/{id}/edit", c -> c.get().uri(PAGES + "/{id}/edit", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST /admin/webhooks/{id}/edit", c -> c.mutateWith(csrf()).post().uri(PAGES + "/{id}/edit", subscription)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .bodyValue("url=https%3A%2F%2Fevil.example.com%2F&eventTypes=filing.submitted"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST /admin/webhooks/{id}/enabled", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{id}/enabled?enabled=false", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST /admin/webhooks/{id}/delete", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{id}/delete", subscription),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("POST /admin/webhooks/{id}/deliveries/{d}/replay", c -> c.mutateWith(csrf()).post()
                                .uri(PAGES + "/{id}/deliveries/{d}/replay", subscription, delivery),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
    }

    /**
     * A client that manages its own webhooks ({@code webhooks:manage}, as the realm's {@code demo-integration}) and
     * the admin's subscription: its list answers without it, the event type of the body is not one it may choose
     * (400), and the subscription itself, its log and its replay are to it as if they did not exist (404). It stays
     * as the admin made it.
     */
    Stream<Arguments> managingClientMatrix() {
        Map<String, HttpStatus> answers = Map.of("GET webhooks", OK, "POST webhooks", BAD_REQUEST);
        return apiCases().map(api -> Arguments.of(api, answers.getOrDefault(api.name(), NOT_FOUND)));
    }

    @ParameterizedTest(name = "{0} as another client managing webhooks")
    @MethodSource("managingClientMatrix")
    void aClientManagingWebhooksNeverReachesTheAdminsSubscription(Case api, HttpStatus status) {
        var response = api.call().on(web.mutateWith(Principals.integrationClient(Scopes.WEBHOOKS_MANAGE).bearer()))
                .exchange().expectStatus().isEqualTo(status);
        if (status.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        } else {
            response.expectBody(String.class).value(body -> assertThat(body).doesNotContain(subscription));
        }
        WebhookSubscription kept = webhooks.find(Principals.admin().user(), subscription).block();
        assertThat(kept.url()).isEqualTo("https://ops.example.com/hook");
        assertThat(kept.enabled()).isFalse();
    }
}
