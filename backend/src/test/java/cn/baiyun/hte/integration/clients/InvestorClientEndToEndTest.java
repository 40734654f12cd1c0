package cn.baiyun.hte.integration.clients;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.baiyun.hte.client.ApiClient;
import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.EnterprisesApi;
import cn.baiyun.hte.client.api.FilingsApi;
import cn.baiyun.hte.client.api.MeApi;
import cn.baiyun.hte.client.api.ReferralsApi;
import cn.baiyun.hte.client.api.RoadshowsApi;
import cn.baiyun.hte.client.api.WebhooksApi;
import cn.baiyun.hte.client.model.Attendee;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.MeResource;
import cn.baiyun.hte.client.model.RegistrationRequest;
import cn.baiyun.hte.client.model.RegistrationResource;
import cn.baiyun.hte.client.model.RoadshowRequest;
import cn.baiyun.hte.client.model.RoadshowResource;
import cn.baiyun.hte.client.model.WebhookRequest;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.DemoClient;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static cn.baiyun.hte.support.e2e.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A financing institution's system ({@code demo-investor}, roadshows:read only) with the token the real
 * Keycloak issues it: it reads published roadshows and their registrations, attendees' phone numbers only of
 * the firm that consented to share them and no check-in codes; drafts are hidden from it; everything else
 * refuses it.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvestorClientEndToEndTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    ApiClient investor;
    RoadshowsApi organiser;
    String published;
    String draft;
    String consenting;
    String reticent;

    @BeforeAll
    void aPublishedRoadshowWithTwoFirmsSignedUpAndADraft() throws ApiException {
        organiser = new RoadshowsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("officer-jrb", PortalBrowser.PASSWORD)));
        published = organiser.createRoadshow(roadshow("投资机构接口路演"), null).getId();
        organiser.publishRoadshow(published);
        draft = organiser.createRoadshow(roadshow("投资机构看不到的草稿路演"), null).getId();

        var person = GeneratedClient.withBearer(PersonSignIn.accessToken("firm-a", PortalBrowser.PASSWORD));
        var reviewer = new ClaimsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD)));
        var roadshows = new RoadshowsApi(person);
        String open = reviewer.approveClaim(new ClaimsApi(person).createClaim(new ClaimRequest()
                .uscc(TestFirms.newUscc()).name("愿意公开联系方式有限公司"), null).getId()).getEnterpriseId();
        String closed = reviewer.approveClaim(new ClaimsApi(person).createClaim(new ClaimRequest()
                .uscc(TestFirms.newUscc()).name("不公开联系方式有限公司"), null).getId()).getEnterpriseId();
        consenting = roadshows.registerForRoadshow(published, signUp(open, true, "13985020011"), null).getId();
        reticent = roadshows.registerForRoadshow(published, signUp(closed, false, "13985020022"), null).getId();
        investor = DemoClient.INVESTOR.api();
    }

    @Test
    void itsTokenCarriesOnlyTheRoadshowScope() throws ApiException {
        MeResource me = new MeApi(investor).getMe();

        assertThat(me.getClient()).isTrue();
        assertThat(me.getRoles()).isEmpty();
        assertThat(me.getDepartment()).isNull();
        assertThat(me.getFirms()).isEmpty();
        assertThat(me.getScopes()).contains("roadshows:read")
                .doesNotContain("enterprises:read", "filings:read", "referrals:read", "webhooks:manage");
    }

    @Test
    void readsPublishedRoadshowsButNotDrafts() throws ApiException {
        var roadshows = new RoadshowsApi(investor);

        assertThat(roadshows.listRoadshows("接口测试-投资机构", null, null, 100, null).getItems())
                .extracting(RoadshowResource::getId).contains(published).doesNotContain(draft);
        assertThat(roadshows.getRoadshow(published).getStatus()).isEqualTo(RoadshowResource.StatusEnum.PUBLISHED);
        refused(404, () -> roadshows.getRoadshow(draft));
        refused(404, () -> roadshows.listRoadshowRegistrations(draft, null, null));
    }

    @Test
    void readsRegistrationsWithPhonesOnlyWhereTheFirmConsented() throws ApiException {
        var roadshows = new RoadshowsApi(investor);

        List<RegistrationResource> seen = roadshows.listRoadshowRegistrations(published, null, null).getItems();

        assertThat(seen).extracting(RegistrationResource::getId).containsExactly(consenting, reticent);
        assertThat(seen).allSatisfy(registration -> assertThat(registration.getCheckInCode()).isNull());
        assertThat(seen.get(0).getFirmName()).isEqualTo("愿意公开联系方式有限公司");
        assertThat(seen.get(0).getAttendees()).extracting(Attendee::getMobile).containsExactly("13985020011");
        assertThat(seen.get(1).getAttendees()).singleElement().satisfies(attendee -> {
            assertThat(attendee.getName()).isEqualTo("张华");
            assertThat(attendee.getMobile()).isNull();
        });
        assertThat(roadshows.getRegistration(published, reticent).getAttendees())
                .extracting(Attendee::getMobile).containsOnlyNulls();
        assertThat(roadshows.getRegistration(published, consenting).getCheckInCode()).isNull();
    }

    @Test
    void isRefusedEverywhereElse() {
        var roadshows = new RoadshowsApi(investor);
        String firm = "0123456789abcdef01234567";

        refused(403, () -> roadshows.createRoadshow(roadshow("投资机构不能发布"), null));
        refused(403, () -> roadshows.publishRoadshow(draft));
        refused(403, () -> roadshows.registerForRoadshow(published, signUp(firm, true, "13985020033"), null));
        refused(403, () -> roadshows.cancelRegistration(published, reticent));
        refused(403, () -> roadshows.exportRoadshowParticipantsCsv(published));
        refused(403, () -> new EnterprisesApi(investor).listEnterprises(null, null, null, null, null, null, null));
        refused(403, () -> new FilingsApi(investor).listFirmFilings(firm));
        refused(403, () -> new ReferralsApi(investor).listReferrals(null, null, null));
        refused(403, () -> new ClaimsApi(investor).createClaim(new ClaimRequest().uscc(TestFirms.newUscc()).name("投资机构认领"), null));
        refused(403, () -> new WebhooksApi(investor).listWebhooks(null, null));
        refused(403, () -> new WebhooksApi(investor).createWebhook(new WebhookRequest().url("http://127.0.0.1:9/hook")
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.ROADSHOW_REGISTRATION_CHANGED)), null));
    }

    private static RoadshowRequest roadshow(String title) {
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).withNano(0);
        return new RoadshowRequest().kind(RoadshowRequest.KindEnum.ROADSHOW).titleZh(title)
                .descriptionZh("投资机构读取报名的接口测试。").startsAt(now.plusDays(5)).endsAt(now.plusDays(5).plusHours(2))
                .venue("白云区科技创新中心").capacity(3).registrationOpensAt(now.minusHours(1))
                .registrationClosesAt(now.plusDays(4)).approvalRequired(false).attendeesPerFirm(2)
                .themes(List.of("接口测试-投资机构"));
    }

    private static RegistrationRequest signUp(String firm, boolean consent, String mobile) {
        return new RegistrationRequest().enterpriseId(firm).projectName("工业视觉质检").summary("深度学习视觉检测。")
                .financingSought(new BigDecimal("3000000.00")).stage(RegistrationRequest.StageEnum.ANGEL)
                .useOfFunds("研发").consentToShareContacts(consent)
                .attendees(List.of(new Attendee().name("张华").role("董事长").mobile(mobile)));
    }
}
