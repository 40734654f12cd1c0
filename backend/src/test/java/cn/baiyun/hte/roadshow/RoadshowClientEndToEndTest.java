package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.baiyun.hte.client.ApiClient;
import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.RoadshowsApi;
import cn.baiyun.hte.client.model.Attendee;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.RegistrationRequest;
import cn.baiyun.hte.client.model.RegistrationResource;
import cn.baiyun.hte.client.model.RoadshowRequest;
import cn.baiyun.hte.client.model.RoadshowResource;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.KeycloakTestServer;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roadshow API through the Java client generated from {@code openapi/portal-api.yaml}, against the real
 * Keycloak: the finance office's officer publishes a roadshow, anyone lists it without a token, a firm's
 * person signs the firm up, and the partner system (client credentials, {@code roadshows:read}) reads the
 * registrations without the check-in code and, the firm not consenting, without phone numbers.
 */
@EndToEndTest
class RoadshowClientEndToEndTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theFinanceOfficePublishesAFirmSignsUpAndAPartnerSystemReadsTheRegistration() throws ApiException {
        var officer = new RoadshowsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("officer-jrb",
                PortalBrowser.PASSWORD)));
        OffsetDateTime now = OffsetDateTime.now(SHANGHAI).withNano(0);
        RoadshowResource created = officer.createRoadshow(new RoadshowRequest()
                .kind(RoadshowRequest.KindEnum.ROADSHOW).titleZh("接口路演").descriptionZh("通过生成的客户端发布的路演。")
                .startsAt(now.plusDays(4)).endsAt(now.plusDays(4).plusHours(2)).venue("白云区科技创新中心")
                .capacity(2).registrationOpensAt(now.minusHours(1)).registrationClosesAt(now.plusDays(3))
                .approvalRequired(false).attendeesPerFirm(2).themes(List.of("接口测试")), null);
        assertThat(created.getStatus()).isEqualTo(RoadshowResource.StatusEnum.DRAFT);
        officer.publishRoadshow(created.getId());

        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(EndToEndPorts.APP_URL);
        assertThat(new RoadshowsApi(anonymous).listRoadshows("接口测试", null, null, 100, null).getItems())
                .extracting(RoadshowResource::getId).contains(created.getId());

        var person = GeneratedClient.withBearer(PersonSignIn.accessToken("firm-b", PortalBrowser.PASSWORD));
        var reviewer = GeneratedClient.withBearer(PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD));
        String firm = new ClaimsApi(reviewer).approveClaim(new ClaimsApi(person).createClaim(new ClaimRequest()
                .uscc(TestFirms.newUscc()).name("接口路演报名有限公司"), null).getId()).getEnterpriseId();
        RegistrationRequest signUp = new RegistrationRequest().enterpriseId(firm).projectName("工业视觉质检")
                .summary("深度学习视觉检测。").financingSought(new BigDecimal("3000000.00"))
                .stage(RegistrationRequest.StageEnum.ANGEL).useOfFunds("研发").consentToShareContacts(false)
                .attendees(List.of(new Attendee().name("张华").role("董事长").mobile("13985020001")));
        RegistrationResource registered = new RoadshowsApi(person).registerForRoadshow(created.getId(), signUp, null);
        assertThat(registered.getStatus()).isEqualTo(RegistrationResource.StatusEnum.CONFIRMED);
        assertThat(registered.getCheckInCode()).hasSize(6);
        assertThatThrownBy(() -> new RoadshowsApi(person).registerForRoadshow(created.getId(), signUp, null))
                .isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(409));

        var partner = new RoadshowsApi(GeneratedClient.withBearer(
                KeycloakTestServer.clientCredentialsToken("demo-integration", "demo-integration-secret")));
        assertThat(partner.listRoadshowRegistrations(created.getId(), null, null).getItems()).singleElement()
                .satisfies(seen -> {
                    assertThat(seen.getEnterpriseId()).isEqualTo(firm);
                    assertThat(seen.getFirmName()).isEqualTo("接口路演报名有限公司");
                    assertThat(seen.getCheckInCode()).isNull();
                    assertThat(seen.getAttendees()).singleElement()
                            .satisfies(attendee -> assertThat(attendee.getMobile()).isNull());
                });
    }
}
