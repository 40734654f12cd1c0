package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.client.ApiException;
import cn.baiyun.hte.client.ApiResponse;
import cn.baiyun.hte.client.api.ClaimsApi;
import cn.baiyun.hte.client.api.FilingsApi;
import cn.baiyun.hte.client.model.ClaimRequest;
import cn.baiyun.hte.client.model.ClaimResource;
import cn.baiyun.hte.client.model.FilingResource;
import cn.baiyun.hte.client.model.FilingSubmission;
import cn.baiyun.hte.client.model.FilingSummary;
import cn.baiyun.hte.client.model.Financials;
import cn.baiyun.hte.client.model.Incident;
import cn.baiyun.hte.client.model.Incidents;
import cn.baiyun.hte.client.model.NewFiling;
import cn.baiyun.hte.client.model.RdSpend;
import cn.baiyun.hte.client.model.SelfAssessment;
import cn.baiyun.hte.client.model.Staff;
import cn.baiyun.hte.client.model.StaffMonth;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.GeneratedClient;
import cn.baiyun.hte.support.e2e.PersonSignIn;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A firm's person files a whole year through the Java client generated from {@code openapi/portal-api.yaml},
 * with the access token Keycloak issued to them: claims a firm (a reviewer approves it, also through the
 * client), then saves every section (the staff both as annual averages and month by month), then submits.
 * What each write answers and what a fresh read returns is what was sent, so the contract describes what
 * the API binds: a schema that named another class's fields (as {@code Incident} and {@code SelfAssessment}
 * once did) would lose them here.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilingClientEndToEndTest {

    static final int YEAR = FilingApiTest.YEAR;

    FilingsApi firm;
    String enterpriseId;
    String etag;

    @BeforeAll
    void firmBClaimsAFirmAndTheReviewerApprovesIt() throws ApiException {
        var person = GeneratedClient.withBearer(PersonSignIn.accessToken("firm-b", PortalBrowser.PASSWORD));
        var reviewer = GeneratedClient.withBearer(PersonSignIn.accessToken("reviewer", PortalBrowser.PASSWORD));
        ClaimResource claim = new ClaimsApi(person).createClaim(
                new ClaimRequest().uscc(TestFirms.newUscc()).name("接口填报测试有限公司"), null);
        enterpriseId = new ClaimsApi(reviewer).approveClaim(claim.getId()).getEnterpriseId();
        firm = new FilingsApi(person);
    }

    @Test
    void everySectionIsStoredAsSentAndTheFilingIsSubmitted() throws ApiException {
        String key = UUID.randomUUID().toString();
        FilingResource filing = remember(firm.createFilingWithHttpInfo(enterpriseId, new NewFiling().fiscalYear(YEAR), key));
        assertThat(filing.getStatus()).isEqualTo(FilingResource.StatusEnum.DRAFT);
        var retried = firm.createFilingWithHttpInfo(enterpriseId, new NewFiling().fiscalYear(YEAR), key);
        assertThat(retried.getData()).as("a retry with the same Idempotency-Key is answered as the first")
                .isEqualTo(filing);

        filing = remember(firm.saveFilingFinancialsWithHttpInfo(enterpriseId, YEAR, financials(), etag));
        assertSameFinancials(filing);
        assertThat(filing.getFigures().getSalesRevenue()).isEqualByComparingTo("30000000");
        assertThat(filing.getFigures().getTotalIncome()).isEqualByComparingTo("30000000.55");

        filing = remember(firm.saveFilingRdSpendWithHttpInfo(enterpriseId, YEAR, rdSpend(), etag));
        assertSameRdSpend(filing);
        assertThat(filing.getFigures().getCountedRd().getOtherCap()).isEqualByComparingTo("350000");
        assertThat(filing.getFigures().getCountedRd().getRdCounted()).isEqualByComparingTo("1750000");

        filing = remember(firm.saveFilingStaffWithHttpInfo(enterpriseId, YEAR, annualStaff(), etag));
        assertThat(filing.getStaff().getMode()).isEqualTo(Staff.ModeEnum.ANNUAL_AVERAGE);
        assertThat(filing.getStaff().getAverageTotal()).isEqualByComparingTo("120.5");
        assertThat(filing.getStaff().getAverageScienceAndTechnology()).isEqualByComparingTo("18.25");
        assertThat(filing.getFigures().getAverageTotalStaff()).isEqualByComparingTo("120.5");

        filing = remember(firm.saveFilingStaffWithHttpInfo(enterpriseId, YEAR, monthlyStaff(), etag));
        assertSameMonthlyStaff(filing);

        filing = remember(firm.saveFilingIncidentsWithHttpInfo(enterpriseId, YEAR, incidents(), etag));
        assertSameIncidents(filing);

        filing = remember(firm.saveFilingSelfAssessmentWithHttpInfo(enterpriseId, YEAR, selfAssessment(), etag));
        assertSameSelfAssessment(filing);

        FilingResource stored = firm.getFiling(enterpriseId, YEAR);
        assertSameFinancials(stored);
        assertSameRdSpend(stored);
        assertSameMonthlyStaff(stored);
        assertSameIncidents(stored);
        assertSameSelfAssessment(stored);

        String unchanged = etag;
        assertThatThrownBy(() -> firm.submitFiling(enterpriseId, YEAR, unchanged, new FilingSubmission()))
                .as("no submission without the commitment").isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.getCode()).isEqualTo(400);
                    assertThat(refused.getResponseBody()).contains("\"field\":\"commitment\"");
                });
        FilingResource submitted = remember(firm.submitFilingWithHttpInfo(enterpriseId, YEAR, etag,
                new FilingSubmission().commitment(true)));
        assertThat(submitted.getStatus()).isEqualTo(FilingResource.StatusEnum.SUBMITTED);
        assertThat(submitted.getSubmittedAt()).isNotNull();
        assertThat(submitted.getReference()).matches("HTE-" + YEAR + "-\\d{6}");
        assertThat(firm.getFiling(enterpriseId, YEAR).getStatus()).isEqualTo(FilingResource.StatusEnum.SUBMITTED);
        assertThat(firm.listFirmFilings(enterpriseId)).extracting(FilingSummary::getFiscalYear, FilingSummary::getStatus)
                .containsExactly(tuple(YEAR, FilingSummary.StatusEnum.SUBMITTED));
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
        return new Financials().mainBusinessRevenue(new BigDecimal("28000000.00"))
                .otherBusinessRevenue(new BigDecimal("2000000")).totalRevenue(new BigDecimal("30500000.55"))
                .nonTaxableIncome(new BigDecimal("500000")).highTechRevenue(new BigDecimal("21000000"))
                .netAssets(new BigDecimal("-1250000.50")).totalAssets(new BigDecimal("40000000"))
                .totalCostAndExpense(new BigDecimal("26000000")).monthsOperated(12);
    }

    private static void assertSameFinancials(FilingResource filing) {
        assertSameAmounts(filing.getFinancials(), financials());
    }

    /** Other costs of 400,000 exceed the cap of 0.25 × (1,000,000 + 0.8 × 500,000) = 350,000. */
    private static RdSpend rdSpend() {
        return new RdSpend().personnel(yuan(700000)).directInput(yuan(200000))
                .depreciationAndLongTermPrepaid(yuan(50000)).intangibleAmortization(yuan(20000)).design(yuan(20000))
                .equipmentDebuggingAndTrial(yuan(10000)).other(yuan(400000)).outsourcedDomestic(yuan(300000))
                .outsourcedForeign(yuan(200000));
    }

    private static void assertSameRdSpend(FilingResource filing) {
        assertSameAmounts(filing.getRdSpend(), rdSpend());
    }

    /** Field by field, amounts by value: the API may answer 28000000 for 28000000.00. */
    private static void assertSameAmounts(Object stored, Object sent) {
        assertThat(stored).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(sent);
    }

    private static Staff annualStaff() {
        return new Staff().mode(Staff.ModeEnum.ANNUAL_AVERAGE).averageTotal(new BigDecimal("120.5"))
                .averageScienceAndTechnology(new BigDecimal("18.25"));
    }

    /**
     * Twelve months with 120 staff throughout and 13 S&T staff in the first half-year, 11 in the second:
     * an S&T average of exactly 12, a 10% share.
     */
    private static Staff monthlyStaff() {
        List<StaffMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int st = month <= 6 ? 13 : 11;
            months.add(new StaffMonth().month(month).totalBegin(120).totalEnd(120)
                    .scienceAndTechnologyBegin(st).scienceAndTechnologyEnd(st));
        }
        return new Staff().mode(Staff.ModeEnum.MONTHLY).months(months);
    }

    private static void assertSameMonthlyStaff(FilingResource filing) {
        assertThat(filing.getStaff().getMode()).isEqualTo(Staff.ModeEnum.MONTHLY);
        assertThat(filing.getStaff().getMonths()).isEqualTo(monthlyStaff().getMonths());
        assertThat(filing.getFigures().getAverageTotalStaff()).isEqualByComparingTo("120");
        assertThat(filing.getFigures().getAverageScienceAndTechnologyStaff()).isEqualByComparingTo("12");
        assertThat(filing.getFigures().getScienceAndTechnologyShare()).isEqualByComparingTo("0.1");
    }

    private static Incidents incidents() {
        return new Incidents().none(false).items(List.of(new Incident().date(LocalDate.of(YEAR, 3, 9))
                .type(Incident.TypeEnum.SAFETY).authority("白云区应急管理局").description("一般安全事故，已整改")));
    }

    private static void assertSameIncidents(FilingResource filing) {
        assertThat(filing.getIncidents().getNone()).isFalse();
        assertThat(filing.getIncidents().getItems()).hasSize(1);
        Incident stored = filing.getIncidents().getItems().get(0);
        assertThat(stored.getDate()).isEqualTo(LocalDate.of(YEAR, 3, 9));
        assertThat(stored.getType()).isEqualTo(Incident.TypeEnum.SAFETY);
        assertThat(stored.getAuthority()).isEqualTo("白云区应急管理局");
        assertThat(stored.getDescription()).isEqualTo("一般安全事故，已整改");
    }

    private static SelfAssessment selfAssessment() {
        return new SelfAssessment().technologicalAdvancement(SelfAssessment.TechnologicalAdvancementEnum.B)
                .coreSupport(SelfAssessment.CoreSupportEnum.A)
                .rdManagementSystem(SelfAssessment.RdManagementSystemEnum.FULL)
                .researchInstitution(SelfAssessment.ResearchInstitutionEnum.PARTIAL)
                .transformationIncentives(SelfAssessment.TransformationIncentivesEnum.NONE)
                .talentDevelopment(SelfAssessment.TalentDevelopmentEnum.FULL)
                .standardsParticipation(true);
    }

    private static void assertSameSelfAssessment(FilingResource filing) {
        SelfAssessment stored = filing.getSelfAssessment();
        assertThat(stored.getTechnologicalAdvancement()).isEqualTo(SelfAssessment.TechnologicalAdvancementEnum.B);
        assertThat(stored.getCoreSupport()).isEqualTo(SelfAssessment.CoreSupportEnum.A);
        assertThat(stored.getRdManagementSystem()).isEqualTo(SelfAssessment.RdManagementSystemEnum.FULL);
        assertThat(stored.getResearchInstitution()).isEqualTo(SelfAssessment.ResearchInstitutionEnum.PARTIAL);
        assertThat(stored.getTransformationIncentives()).isEqualTo(SelfAssessment.TransformationIncentivesEnum.NONE);
        assertThat(stored.getTalentDevelopment()).isEqualTo(SelfAssessment.TalentDevelopmentEnum.FULL);
        assertThat(stored.getStandardsParticipation()).isTrue();
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
