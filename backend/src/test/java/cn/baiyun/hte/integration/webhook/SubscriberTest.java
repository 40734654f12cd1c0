package cn.baiyun.hte.integration.webhook;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is told of what: a client only with the scope that reads the same data, a firm-bound client only its own
 * firm's events, a department's system only its own department's referrals; an admin everything.
 */
class SubscriberTest {

    static final String FIRM_A = "6751a0c2e4b0a1b2c3d4e5a1";
    static final String FIRM_B = "6751a0c2e4b0a1b2c3d4e5b2";

    @Test
    void eachEventTypeNeedsTheScopeThatReadsItsData() {
        Subscriber financeSoftware = client(Set.of("filings:read"), null, null);
        Subscriber financingInstitution = client(Set.of("roadshows:read"), null, null);

        assertThat(financeSoftware.receives(event(WebhookEventType.FILING_SUBMITTED, FIRM_A, null))).isTrue();
        assertThat(financeSoftware.receives(event(WebhookEventType.FILING_ACCEPTED, FIRM_B, null))).isTrue();
        assertThat(financeSoftware.receives(event(WebhookEventType.TIER_PUBLISHED, FIRM_A, null))).isFalse();
        assertThat(financeSoftware.receives(event(WebhookEventType.ROADSHOW_REGISTRATION_CHANGED, FIRM_A, null))).isFalse();
        assertThat(financingInstitution.receives(event(WebhookEventType.ROADSHOW_REGISTRATION_CHANGED, FIRM_A, null))).isTrue();
        assertThat(financingInstitution.receives(event(WebhookEventType.FILING_SUBMITTED, FIRM_A, null))).isFalse();
        assertThat(client(Set.of("enterprises:read"), null, null)
                .receives(event(WebhookEventType.TIER_PUBLISHED, FIRM_B, null))).isTrue();
    }

    @Test
    void aFirmBoundClientNeverGetsAnotherFirmsEvent() {
        Subscriber firmA = client(Set.of("filings:read", "enterprises:read", "roadshows:read"), null, FIRM_A);

        for (WebhookEventType type : Set.of(WebhookEventType.FILING_SUBMITTED, WebhookEventType.FILING_RETURNED,
                WebhookEventType.FILING_ACCEPTED, WebhookEventType.TIER_PUBLISHED,
                WebhookEventType.ROADSHOW_REGISTRATION_CHANGED)) {
            assertThat(firmA.receives(event(type, FIRM_A, null))).as("%s of its own firm", type).isTrue();
            assertThat(firmA.receives(event(type, FIRM_B, null))).as("%s of another firm", type).isFalse();
            assertThat(firmA.receives(event(type, null, null))).as("%s of no firm", type).isFalse();
        }
    }

    @Test
    void aDepartmentsSystemGetsOnlyTheReferralsItsDepartmentMade() {
        Subscriber gxj = client(Set.of("referrals:read", "referrals:write"), "工信局", null);
        Subscriber withoutDepartment = client(Set.of("referrals:read"), null, null);

        assertThat(gxj.receives(event(WebhookEventType.REFERRAL_UPDATED, FIRM_A, "工信局"))).isTrue();
        assertThat(gxj.receives(event(WebhookEventType.REFERRAL_UPDATED, FIRM_A, "大数据局"))).isFalse();
        assertThat(withoutDepartment.mayChoose(WebhookEventType.REFERRAL_UPDATED))
                .as("referrals are read for a department only").isFalse();
        assertThat(withoutDepartment.receives(event(WebhookEventType.REFERRAL_UPDATED, FIRM_A, "工信局"))).isFalse();
    }

    @Test
    void anAdminsSubscriptionSeesEverything() {
        Subscriber admin = new Subscriber(Subscriber.Kind.ADMIN, "admin-id", "管理员", Set.of(), null, null);

        for (WebhookEventType type : WebhookEventType.values()) {
            assertThat(admin.mayChoose(type)).isTrue();
            assertThat(admin.receives(event(type, FIRM_B, "大数据局"))).isTrue();
        }
    }

    private static Subscriber client(Set<String> scopes, String department, String firmId) {
        return new Subscriber(Subscriber.Kind.CLIENT, "client-id", "service-account-test", scopes, department, firmId);
    }

    private static WebhookEvent event(WebhookEventType type, String enterpriseId, String department) {
        return new WebhookEvent("6751a0c2e4b0a1b2c3d4e5f0", type, Instant.parse("2026-12-07T10:00:00Z"), enterpriseId,
                department, Map.of());
    }
}
