package cn.baiyun.hte.integration.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.client.ApiClient;
import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.EnterprisesApi;
import cn.baiyun.hte.client.api.FilingsApi;
import cn.baiyun.hte.client.api.IpPortfolioApi;
import cn.baiyun.hte.client.api.MeApi;
import cn.baiyun.hte.client.api.ReferralsApi;
import cn.baiyun.hte.client.api.RoadshowsApi;
import cn.baiyun.hte.client.api.WebhooksApi;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.ImportReport;
import cn.baiyun.hte.client.model.MeResource;
import cn.baiyun.hte.client.model.PageOfReferralItem;
import cn.baiyun.hte.client.model.ReferralItem;
import cn.baiyun.hte.client.model.ReferralRequest;
import cn.baiyun.hte.client.model.ReferralStatusChange;
import cn.baiyun.hte.client.model.RowProblem;
import cn.baiyun.hte.client.model.WebhookRequest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.DemoClient;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.baiyun.hte.support.e2e.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 工信局's system ({@code demo-gxj-system}) with the token the real Keycloak issues it: the realm's hardcoded
 * {@code department} claim makes it refer and read for 工信局 only, its two referral scopes admit it to the
 * referral operations and nowhere else. Through the generated client it refers a firm, imports a list and reads
 * the per-row report, and follows the status the bureau's reviewer sets (also through the client).
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DepartmentSystemClientEndToEndTest {

    private static final String GXJ = "工信局";
    private static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    TestFirms firms;

    ReferralsApi system;
    ReferralsApi reviewer;
    ApiClient client;

    @BeforeAll
    void tokens() {
        client = DemoClient.GXJ_SYSTEM.api();
        system = new ReferralsApi(client);
        reviewer = new ReferralsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD)));
    }

    @Test
    void itsTokenCarriesTheDepartmentAndOnlyTheReferralScopes() throws ApiException {
        MeResource me = new MeApi(client).getMe();

        assertThat(me.getClient()).isTrue();
        assertThat(me.getDepartment()).isEqualTo(GXJ);
        assertThat(me.getRoles()).isEmpty();
        assertThat(me.getScopes()).contains("referrals:read", "referrals:write")
                .doesNotContain("enterprises:read", "filings:read", "filings:write", "roadshows:read", "webhooks:manage");
        assertThat(me.getFirms()).isEmpty();
    }

    @Test
    void refersAFirmForItsDepartmentAndFollowsTheStatusTheBureauSets() throws ApiException {
        String uscc = TestFirms.newUscc();
        ReferralRequest request = new ReferralRequest().uscc(uscc).firmName("部门系统推荐测试有限公司")
                .note("专精特新中小企业").contact("李经理 0851-86000000");
        String key = UUID.randomUUID().toString();

        ReferralItem referred = system.referFirm(request, key);

        assertThat(referred.getDepartment()).isEqualTo(GXJ);
        assertThat(referred.getStatus()).isEqualTo(ReferralItem.StatusEnum.RECEIVED);
        assertThat(referred.getUscc()).isEqualTo(uscc);
        assertThat(referred.getFirmName()).isEqualTo("部门系统推荐测试有限公司");
        assertThat(referred.getFirmVerified()).isFalse();
        assertThat(system.referFirm(request, key)).as("a retry with the same Idempotency-Key is answered as the first")
                .isEqualTo(referred);
        refused(409, () -> system.referFirm(request, null));

        assertThat(reviewer.changeReferralStatus(referred.getId(), new ReferralStatusChange()
                .status(ReferralStatusChange.StatusEnum.CONTACTED)).getStatus()).isEqualTo(ReferralItem.StatusEnum.CONTACTED);
        assertThat(ownReferral(uscc).getStatus()).isEqualTo(ReferralItem.StatusEnum.CONTACTED);

        refused(400, () -> reviewer.changeReferralStatus(referred.getId(), new ReferralStatusChange()
                .status(ReferralStatusChange.StatusEnum.DECLINED)));
        refused(403, () -> system.changeReferralStatus(referred.getId(), new ReferralStatusChange()
                .status(ReferralStatusChange.StatusEnum.DECLINED).reason("部门自己不能改")));
        reviewer.changeReferralStatus(referred.getId(), new ReferralStatusChange()
                .status(ReferralStatusChange.StatusEnum.DECLINED).reason("企业暂无研发活动，明年再议"));
        refused(409, () -> reviewer.changeReferralStatus(referred.getId(), new ReferralStatusChange()
                .status(ReferralStatusChange.StatusEnum.CONTACTED)));

        ReferralItem followed = ownReferral(uscc);
        assertThat(followed.getStatus()).isEqualTo(ReferralItem.StatusEnum.DECLINED);
        assertThat(followed.getDeclineReason()).isEqualTo("企业暂无研发活动，明年再议");
        assertThat(followed.getStatusChangedAt()).isNotNull();
    }

    @Test
    void readsItsOwnDepartmentsReferralsOnly() throws ApiException {
        String elsewhere = TestFirms.newUscc();
        var financeOffice = new ReferralsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("officer-jrb",
                PortalBrowser.PASSWORD)));
        assertThat(financeOffice.referFirm(new ReferralRequest().uscc(elsewhere).firmName("金融办推荐测试有限公司"), null)
                .getDepartment()).isEqualTo("金融办");
        String own = TestFirms.newUscc();
        system.referFirm(new ReferralRequest().uscc(own).firmName("工信局推荐测试有限公司"), null);

        List<ReferralItem> seen = all(system, null);
        assertThat(seen).extracting(ReferralItem::getUscc).contains(own).doesNotContain(elsewhere);
        assertThat(seen).extracting(ReferralItem::getDepartment).containsOnly(GXJ);
        assertThat(all(system, GXJ)).extracting(ReferralItem::getUscc).contains(own);
        refused(403, () -> system.listReferrals("金融办", null, null));
        assertThat(all(reviewer, "金融办")).extracting(ReferralItem::getUscc).contains(elsewhere);
    }

    @Test
    void importsAListAndReadsThePerRowReport(@TempDir Path dir) throws ApiException, IOException, InterruptedException {
        String good = TestFirms.newUscc();
        String already = TestFirms.newUscc();
        String badCode = TestFirms.newUscc();
        String noName = TestFirms.newUscc();
        system.referFirm(new ReferralRequest().uscc(already).firmName("已由接口推荐公司"), null);
        Path list = dir.resolve("gxj-list.csv");
        Files.writeString(list, "统一社会信用代码,企业名称,推荐理由,联系人\r\n"
                + good + ",导入接口好公司,智能制造,王经理 0851-1\r\n"
                + already + ",已由接口推荐公司,,\r\n"
                + wrongCheckCharacter(badCode) + ",校验位错误公司,,\r\n"
                + noName + ",,,\r\n", StandardCharsets.UTF_8);

        ImportReport started = system.importReferrals(list.toFile(), null);

        assertThat(started.getDepartment()).isEqualTo(GXJ);
        assertThat(started.getFileName()).isEqualTo("gxj-list.csv");
        assertThat(started.getFormat()).isEqualTo(ImportReport.FormatEnum.CSV);
        ImportReport report = finished(started.getId());
        assertThat(List.of(report.getRows(), report.getAccepted(), report.getDuplicates(), report.getInvalid()))
                .containsExactly(4L, 1L, 1L, 2L);
        assertThat(report.getProblems()).extracting(RowProblem::getRow, RowProblem::getOutcome, RowProblem::getColumn)
                .containsExactly(tuple(3L, RowProblem.OutcomeEnum.DUPLICATE, "A"),
                        tuple(4L, RowProblem.OutcomeEnum.INVALID, "A"),
                        tuple(5L, RowProblem.OutcomeEnum.INVALID, "B"));
        assertThat(report.getProblems()).allSatisfy(problem -> assertThat(problem.getReason()).isNotBlank());
        assertThat(report.getProblems().get(0).getReason()).isEqualTo("本部门已推荐过该企业");
        assertThat(ownReferral(good).getContact()).isEqualTo("王经理 0851-1");
        assertThat(all(system, null)).extracting(ReferralItem::getUscc).doesNotContain(wrongCheckCharacter(badCode), noName);

        Path other = dir.resolve("jrb-list.csv");
        Files.writeString(other, "代码,名称,理由,联系人\r\n" + TestFirms.newUscc() + ",金融办导入公司,,\r\n",
                StandardCharsets.UTF_8);
        var financeOffice = new ReferralsApi(GeneratedClient.withBearer(PersonSignIn.accessToken("officer-jrb",
                PortalBrowser.PASSWORD)));
        String theirs = financeOffice.importReferrals(other.toFile(), null).getId();
        refused(404, () -> system.getReferralImport(theirs));
    }

    @Test
    void isRefusedWhereItsScopesDoNotReach() {
        String firm = firms.approvedFirm(Principals.firmUser("gxj-refusal"), "部门系统拒绝测试有限公司");
        int lastYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;

        refused(403, () -> new EnterprisesApi(client).listEnterprises(null, null, null, null, null, null, null));
        refused(403, () -> new EnterprisesApi(client).getEnterprise(firm));
        refused(403, () -> new FilingsApi(client).listFirmFilings(firm));
        refused(403, () -> new FilingsApi(client).getFiling(firm, lastYear));
        refused(403, () -> new IpPortfolioApi(client).listIpAssets(firm, null, null));
        refused(403, () -> new ClaimsApi(client).createClaim(new ClaimRequest().uscc(TestFirms.newUscc()).name("冒领公司"), null));
        refused(403, () -> new RoadshowsApi(client).listRoadshowRegistrations("0123456789abcdef01234567", null, null));
        refused(403, () -> new WebhooksApi(client).listWebhooks(null, null));
        refused(403, () -> new WebhooksApi(client).createWebhook(new WebhookRequest().url("http://127.0.0.1:9/hook")
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.REFERRAL_UPDATED)), null));
    }

    /** The caller's referral of that firm, as its department's list shows it. */
    private ReferralItem ownReferral(String uscc) throws ApiException {
        return all(system, null).stream().filter(item -> item.getUscc().equals(uscc)).findFirst()
                .orElseThrow(() -> new AssertionError(uscc + " is not in " + GXJ + "'s referrals"));
    }

    /** Every page of the list: other tests of this application refer for 工信局 too. */
    private static List<ReferralItem> all(ReferralsApi api, String department) throws ApiException {
        List<ReferralItem> items = new ArrayList<>();
        String cursor = null;
        do {
            PageOfReferralItem page = api.listReferrals(department, 100, cursor);
            items.addAll(page.getItems());
            cursor = page.getNext();
        } while (cursor != null);
        return items;
    }

    private ImportReport finished(String importId) throws ApiException, InterruptedException {
        Instant until = Instant.now().plus(IMPORT_TIMEOUT);
        ImportReport report = system.getReferralImport(importId);
        while (report.getState() == ImportReport.StateEnum.RUNNING && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            report = system.getReferralImport(importId);
        }
        assertThat(report.getState()).isEqualTo(ImportReport.StateEnum.FINISHED);
        return report;
    }

    private static String wrongCheckCharacter(String uscc) {
        return uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0");
    }
}
