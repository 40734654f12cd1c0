package cn.baiyun.hte.integration.clients;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;

import cn.baiyun.hte.client.ApiClient;
import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.ApiResponse;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.EnterprisesApi;
import cn.baiyun.hte.client.api.EvidenceDocumentsApi;
import cn.baiyun.hte.client.api.FilingsApi;
import cn.baiyun.hte.client.api.IpPortfolioApi;
import cn.baiyun.hte.client.api.MeApi;
import cn.baiyun.hte.client.api.ReferralsApi;
import cn.baiyun.hte.client.api.RoadshowsApi;
import cn.baiyun.hte.client.api.WebhooksApi;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.EnterpriseProfile;
import cn.baiyun.hte.client.model.EnterpriseResource;
import cn.baiyun.hte.client.model.FilingResource;
import cn.baiyun.hte.client.model.FilingSubmission;
import cn.baiyun.hte.client.model.Financials;
import cn.baiyun.hte.client.model.Incidents;
import cn.baiyun.hte.client.model.IpAssetDetails;
import cn.baiyun.hte.client.model.IpAssetResource;
import cn.baiyun.hte.client.model.MeResource;
import cn.baiyun.hte.client.model.NewFiling;
import cn.baiyun.hte.client.model.RdSpend;
import cn.baiyun.hte.client.model.Staff;
import cn.baiyun.hte.client.model.WebhookRequest;
import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.DemoClient;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static cn.baiyun.hte.support.e2e.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firm A's finance software ({@code demo-firm-a-finance}) with the token the real Keycloak issues it: the
 * realm's hardcoded {@code firm_uscc} claim binds it to firm A (91520113MA6J8XY1AX), its scopes let it read the
 * firm and fill in the filing draft's financials, R&amp;D spend and staff and the IP portfolio. It never submits
 * (a person does), never changes the profile, and firm B is to it as a firm that does not exist.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirmSoftwareClientEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;

    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings filings;
    @Autowired
    ClaimService claims;
    @Autowired
    FilingService filingService;

    ApiClient software;
    String firmA;
    TestFilings.Draft firmB;
    String etag;

    @BeforeAll
    void firmAWithItsPersonAndFirmBWithADraft() {
        Principals owner = Principals.firmUser("firm-a-owner");
        firmA = claims.approve(Principals.reviewer().user(),
                firms.pendingClaim(owner, DemoClient.FIRM_A_USCC, "贵阳白云智造科技有限公司").id()).block(TIMEOUT).enterpriseId();
        firmB = filings.draft("firm-b-owner", "贵州云数信息技术有限公司");
        software = DemoClient.FIRM_A_FINANCE.api();
    }

    @Test
    void itsTokenBindsItToFirmA() throws ApiException {
        MeResource me = new MeApi(software).getMe();

        assertThat(me.getClient()).isTrue();
        assertThat(me.getRoles()).isEmpty();
        assertThat(me.getDepartment()).isNull();
        assertThat(me.getScopes()).contains("enterprises:read", "filings:read", "filings:write")
                .doesNotContain("referrals:read", "referrals:write", "roadshows:read", "webhooks:manage");
        assertThat(me.getFirms()).singleElement().satisfies(firm -> {
            assertThat(firm.getId()).isEqualTo(firmA);
            assertThat(firm.getUscc()).isEqualTo(DemoClient.FIRM_A_USCC);
        });
    }

    @Test
    void readsFirmAOnlyAndCannotChangeItsProfile() throws ApiException {
        var enterprises = new EnterprisesApi(software);
        assertThat(enterprises.getEnterprise(firmA).getUscc()).isEqualTo(DemoClient.FIRM_A_USCC);
        assertThat(enterprises.listEnterprises(null, null, null, null, null, 100, null).getItems())
                .extracting(EnterpriseResource::getId).containsExactly(firmA);
        String firmBUscc = firms.stored(firmB.firm()).uscc();
        assertThat(enterprises.listEnterprises(null, firmBUscc, null, null, null, null, null).getItems())
                .as("firm B is not found by its code either").isEmpty();

        refused(404, () -> enterprises.getEnterprise(firmB.firm()));
        refused(404, () -> new FilingsApi(software).listFirmFilings(firmB.firm()));
        refused(404, () -> new FilingsApi(software).getFiling(firmB.firm(), firmB.year()));
        refused(404, () -> new IpPortfolioApi(software).listIpAssets(firmB.firm(), null, null));
        refused(404, () -> new EvidenceDocumentsApi(software).listDocuments(firmB.firm(), null, null, null, null, null));
        refused(403, () -> enterprises.updateEnterpriseProfile(firmA, new EnterpriseProfile().name("改名"), null));
    }

    @Test
    void fillsInFirmAsDraftButLeavesTheRestAndTheSubmissionToAPerson() throws ApiException {
        var filing = new FilingsApi(software);
        FilingResource draft = remember(filing.createFilingWithHttpInfo(firmA, new NewFiling().fiscalYear(YEAR), null));
        assertThat(draft.getStatus()).isEqualTo(FilingResource.StatusEnum.DRAFT);

        remember(filing.saveFilingFinancialsWithHttpInfo(firmA, YEAR, financials(), etag));
        remember(filing.saveFilingRdSpendWithHttpInfo(firmA, YEAR, rdSpend(), etag));
        remember(filing.saveFilingStaffWithHttpInfo(firmA, YEAR, new Staff().mode(Staff.ModeEnum.ANNUAL_AVERAGE)
                .averageTotal(new BigDecimal("86")).averageScienceAndTechnology(new BigDecimal("14.5")), etag));

        FilingResource stored = filing.getFiling(firmA, YEAR);
        assertThat(stored.getFinancials().getMainBusinessRevenue()).isEqualByComparingTo("18000000.50");
        assertThat(stored.getRdSpend().getPersonnel()).isEqualByComparingTo("900000");
        assertThat(stored.getFigures().getAverageTotalStaff()).isEqualByComparingTo("86");
        assertThat(stored.getFigures().getAverageScienceAndTechnologyStaff()).isEqualByComparingTo("14.5");

        String current = etag;
        refused(403, () -> filing.saveFilingIncidents(firmA, YEAR, new Incidents().none(true), current));
        refused(403, () -> filing.submitFiling(firmA, YEAR, current, new FilingSubmission().commitment(true)));
        assertThat(filing.getFiling(firmA, YEAR).getStatus()).isEqualTo(FilingResource.StatusEnum.DRAFT);
    }

    @Test
    void neverWritesFirmBsFiling() {
        var filing = new FilingsApi(software);
        var before = filingService.find(firmB.member().user(), firmB.firm(), firmB.year()).block(TIMEOUT);

        refused(404, () -> filing.createFiling(firmB.firm(), new NewFiling().fiscalYear(firmB.year() - 1), null));
        refused(404, () -> filing.saveFilingFinancials(firmB.firm(), firmB.year(), financials(), null));
        refused(404, () -> filing.saveFilingRdSpend(firmB.firm(), firmB.year(), rdSpend(), null));
        refused(404, () -> filing.saveFilingStaff(firmB.firm(), firmB.year(), new Staff()
                .mode(Staff.ModeEnum.ANNUAL_AVERAGE).averageTotal(BigDecimal.TEN).averageScienceAndTechnology(BigDecimal.ONE), null));

        var after = filingService.find(firmB.member().user(), firmB.firm(), firmB.year()).block(TIMEOUT);
        assertThat(after).as("firm B's draft is as it was").isEqualTo(before);
    }

    @Test
    void keepsFirmAsIpPortfolioAndNotFirmBs() throws ApiException {
        var portfolio = new IpPortfolioApi(software);
        ApiResponse<IpAssetResource> created = portfolio.createIpAssetWithHttpInfo(firmA, utilityModel("ZL202320654321.5"), null);
        assertThat(created.getStatusCode()).isEqualTo(201);
        IpAssetResource asset = created.getData();
        assertThat(asset.getEnterpriseId()).isEqualTo(firmA);
        assertThat(portfolio.listIpAssets(firmA, null, null).getItems()).extracting(IpAssetResource::getId)
                .contains(asset.getId());

        IpAssetResource replaced = portfolio.replaceIpAsset(firmA, asset.getId(),
                utilityModel("ZL202320654321.5").title("一种工业视觉检测的光源装置"), "\"" + asset.getVersion() + "\"");
        assertThat(replaced.getDetails().getTitle()).isEqualTo("一种工业视觉检测的光源装置");
        assertThat(portfolio.getIpAsset(firmA, asset.getId()).getDetails().getTitle()).isEqualTo("一种工业视觉检测的光源装置");

        refused(404, () -> portfolio.createIpAsset(firmB.firm(), utilityModel("ZL202320000009.9"), null));
        refused(404, () -> portfolio.getIpAsset(firmB.firm(), asset.getId()));
        portfolio.deleteIpAsset(firmA, asset.getId(), "\"" + replaced.getVersion() + "\"");
        refused(404, () -> portfolio.getIpAsset(firmA, asset.getId()));
    }

    @Test
    void isRefusedWhereItsScopesDoNotReach() {
        refused(403, () -> new ClaimsApi(software).createClaim(new ClaimRequest().uscc(TestFirms.newUscc()).name("软件认领公司"), null));
        refused(403, () -> new ReferralsApi(software).listReferrals(null, null, null));
        refused(403, () -> new RoadshowsApi(software).listRoadshowRegistrations("0123456789abcdef01234567", null, null));
        refused(403, () -> new WebhooksApi(software).listWebhooks(null, null));
        refused(403, () -> new WebhooksApi(software).createWebhook(new WebhookRequest().url("http://127.0.0.1:9/hook")
                .eventTypes(List.of(WebhookRequest.EventTypesEnum.FILING_RETURNED)), null));
    }

    /** Keeps the version that the next write must name in {@code If-Match}. */
    private FilingResource remember(ApiResponse<FilingResource> response) {
        etag = response.getHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .map(header -> header.getValue().get(0))
                .findFirst().orElseThrow(() -> new AssertionError("no ETag in " + response.getHeaders()));
        return response.getData();
    }

    private static Financials financials() {
        return new Financials().mainBusinessRevenue(new BigDecimal("18000000.50"))
                .otherBusinessRevenue(new BigDecimal("1000000")).totalRevenue(new BigDecimal("19000000.50"))
                .nonTaxableIncome(BigDecimal.ZERO).highTechRevenue(new BigDecimal("14000000"))
                .netAssets(new BigDecimal("9000000")).totalAssets(new BigDecimal("25000000"))
                .totalCostAndExpense(new BigDecimal("16000000")).monthsOperated(12);
    }

    private static RdSpend rdSpend() {
        return new RdSpend().personnel(new BigDecimal("900000")).directInput(new BigDecimal("200000"))
                .depreciationAndLongTermPrepaid(BigDecimal.ZERO).intangibleAmortization(BigDecimal.ZERO)
                .design(BigDecimal.ZERO).equipmentDebuggingAndTrial(BigDecimal.ZERO).other(new BigDecimal("50000"))
                .outsourcedDomestic(BigDecimal.ZERO).outsourcedForeign(BigDecimal.ZERO);
    }

    private static IpAssetDetails utilityModel(String number) {
        return new IpAssetDetails().type(IpAssetDetails.TypeEnum.UTILITY_MODEL).number(number)
                .title("一种智能装配机械臂的夹持装置").status(IpAssetDetails.StatusEnum.GRANTED)
                .applicationDate(LocalDate.of(2022, 3, 1)).grantDate(LocalDate.of(2022, 9, 16))
                .expiryDate(LocalDate.of(2032, 2, 28)).acquisition(IpAssetDetails.AcquisitionEnum.SELF_DEVELOPED)
                .ownedByFirm(true).usedInPriorHteApplication(false).supportsMainProduct(true);
    }
}
