package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class FilingApiTest {

    static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue() - 1;
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    AuditLog audit;

    Principals member;
    Principals reviewer;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("member");
        reviewer = Principals.reviewer();
        firm = firms.approvedFirm(member, "填报测试公司");
    }

    @Test
    void memberStartsADraftForAnEndedFiscalYear() {
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fiscalYear", YEAR))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/enterprises/" + firm + "/filings/" + YEAR)
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT")
                .jsonPath("$.revision").isEqualTo(1)
                .jsonPath("$.progress.FINANCIALS").isEqualTo("NOT_STARTED");
    }

    @Test
    void aSecondFilingForTheSameYearIsAConflict() {
        create();
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fiscalYear", YEAR))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:conflict");
    }

    @Test
    void fiscalYearsThatHaveNotEndedAreRefused() {
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings", firm)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fiscalYear", YEAR + 1))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("fiscalYear")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "The fiscal year must be between 2000 and " + YEAR + " (only ended fiscal years can be filed)");
    }

    @Test
    void aDraftKeepsIncompleteSectionsAndDerivesSalesRevenue() {
        String etag = create();
        put("financials", Map.of("mainBusinessRevenue", "1000000.50", "otherBusinessRevenue", 250000), etag)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.financials.mainBusinessRevenue").isEqualTo(1000000.50)
                .jsonPath("$.figures.salesRevenue").isEqualTo(1250000.50)
                .jsonPath("$.progress.FINANCIALS").isEqualTo("IN_PROGRESS");

        assertThat(stored().content().financials().salesRevenue()).isEqualByComparingTo("1250000.50");
    }

    @Test
    void eachKindOfBadAmountGetsALocalizedFieldErrorAndChangesNothing() {
        String etag = create();
        put("financials", FilingFixtures.FINANCIALS_JSON, etag).expectStatus().isOk();
        Filing before = stored();
        Map<String, Object> bad = new HashMap<>(FilingFixtures.FINANCIALS_JSON);
        bad.put("mainBusinessRevenue", -1);
        bad.put("otherBusinessRevenue", new BigDecimal("10.125"));
        bad.put("monthsOperated", 13);
        bad.put("totalAssets", new BigDecimal("99999999999999"));

        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}/filings/{y}/financials", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etagOf(before)).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(bad)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'financials.mainBusinessRevenue')].message")
                .isEqualTo("The amount cannot be negative")
                .jsonPath("$.errors[?(@.field == 'financials.otherBusinessRevenue')].message")
                .isEqualTo("Give the amount in yuan with at most 2 decimals")
                .jsonPath("$.errors[?(@.field == 'financials.monthsOperated')].message").isEqualTo("Must be between 1 and 12")
                .jsonPath("$.errors[?(@.field == 'financials.totalAssets')].code").isEqualTo("filing.amount.too-large")
                .jsonPath("$.errors.length()").isEqualTo(4);

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aNonNumericAmountNamesItsFieldInChinese() {
        String etag = create();
        Filing before = stored();
        Map<String, Object> bad = new HashMap<>(FilingFixtures.RD_SPEND_JSON);
        bad.put("design", "十万");

        put("rd-spend", bad, etag)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors[0].field").isEqualTo("design")
                .jsonPath("$.errors[0].message").isEqualTo("格式不正确");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void writesWithoutIfMatchAreRefusedWith428AndStaleOnesWith412() {
        String etag = create();
        put("rd-spend", FilingFixtures.RD_SPEND_JSON, etag).expectStatus().isOk();
        Filing before = stored();

        web.mutateWith(member.bearer()).put().uri("/api/v1/enterprises/{id}/filings/{y}/rd-spend", firm, YEAR)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(FilingFixtures.RD_SPEND_JSON)
                .exchange()
                .expectStatus().isEqualTo(428)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:precondition-required");
        put("rd-spend", Map.of("personnel", 1), etag)
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:stale-version");

        assertThat(stored()).isEqualTo(before);
    }

    /** The version check comes after the access check: a stranger learns nothing from a 428 or 412. */
    @Test
    void aStrangerGets404WithOrWithoutIfMatch() {
        String etag = create();
        Filing before = stored();
        Principals stranger = Principals.firmUser("filing-stranger");
        for (String ifMatch : new String[] {null, etag, "\"999\""}) {
            var request = web.mutateWith(stranger.bearer()).put()
                    .uri("/api/v1/enterprises/{id}/filings/{y}/rd-spend", firm, YEAR)
                    .contentType(MediaType.APPLICATION_JSON);
            if (ifMatch != null) {
                request = request.header(HttpHeaders.IF_MATCH, ifMatch);
            }
            request.bodyValue(FilingFixtures.RD_SPEND_JSON).exchange().expectStatus().isNotFound();
        }
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/acceptance", firm, YEAR)
                .exchange().expectStatus().isForbidden();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void countedRdAppliesTheOtherCostCapAndOutsourcingAtEightyPercent() {
        String etag = create();
        put("rd-spend", FilingFixtures.RD_SPEND_JSON, etag)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.figures.countedRd.outsourcedCounted").isEqualTo(400000.0)
                .jsonPath("$.figures.countedRd.otherCap").isEqualTo(350000.0)
                .jsonPath("$.figures.countedRd.otherCounted").isEqualTo(350000.0)
                .jsonPath("$.figures.countedRd.rdCounted").isEqualTo(1750000.0)
                .jsonPath("$.figures.countedRd.domesticCounted").isEqualTo(1590000.0)
                .jsonPath("$.progress.RD_SPEND").isEqualTo("COMPLETED");
    }

    @Test
    void monthlyStaffRowsGiveExactAveragesAndShare() {
        String etag = create();
        put("staff", FilingFixtures.monthlyStaffJson(), etag)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.figures.averageTotalStaff").isEqualTo(120.0)
                .jsonPath("$.figures.averageScienceAndTechnologyStaff").isEqualTo(12.0)
                .jsonPath("$.figures.scienceAndTechnologyShare").isEqualTo(0.1);
    }

    @Test
    void figuresThatContradictEachOtherAreRefusedEvenInADraft() {
        String etag = create();
        Filing before = stored();
        Map<String, Object> inconsistent = new HashMap<>(FilingFixtures.FINANCIALS_JSON);
        inconsistent.put("highTechRevenue", new BigDecimal("30500000.56"));

        put("financials", inconsistent, etag).expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'financials.highTechRevenue')].message")
                .isEqualTo("高新技术产品（服务）收入不能大于收入总额");
        put("staff", Map.of("mode", "ANNUAL_AVERAGE", "averageTotal", 10, "averageScienceAndTechnology", 11), etag)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'staff.averageScienceAndTechnology')].code")
                .isEqualTo("filing.staff.st-exceeds-total");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void submittingAnIncompleteFilingListsEveryMissingPartAndChangesNothing() {
        String etag = create();
        etag = etag(put("financials", Map.of("mainBusinessRevenue", 100), etag).expectStatus().isOk());
        Filing before = stored();

        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", true))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'financials.totalRevenue')].message").isEqualTo("This field is required")
                .jsonPath("$.errors[?(@.field == 'rdSpend')].message").isEqualTo("This section has not been filled in")
                .jsonPath("$.errors[?(@.field == 'staff')].code").isEqualTo("filing.section.missing")
                .jsonPath("$.errors[?(@.field == 'incidents')].code").isEqualTo("filing.section.missing")
                .jsonPath("$.errors[?(@.field == 'selfAssessment')].code").isEqualTo("filing.section.missing");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void monthlyRowsMustMatchTheMonthsOperatedOnSubmission() {
        String etag = complete(create());
        Map<String, Object> financials = new HashMap<>(FilingFixtures.FINANCIALS_JSON);
        financials.put("monthsOperated", 6);
        etag = etag(put("financials", financials, etag));

        submit(etag).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'staff.months')].code").isEqualTo("filing.staff.months-operated");
    }

    @Test
    void theReviewCycleReturnsOnlyCommentedSectionsThenAcceptsAndLocks() {
        String etag = etag(submit(complete(create())).expectStatus().isOk());
        put("financials", FilingFixtures.FINANCIALS_JSON, etag).expectStatus().isEqualTo(409);

        etag = etag(web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/return", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comments", Map.of("FINANCIALS", "请附审计报告口径的收入总额", "STAFF", " ")))
                .exchange().expectStatus().isOk());

        String firmView = web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises/{id}/filings/{y}", firm, YEAR)
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(firmView).contains("\"status\":\"RETURNED\"", "\"FINANCIALS\":\"请附审计报告口径的收入总额\"",
                "\"FINANCIALS\":\"RETURNED\"").doesNotContain(reviewer.user().displayName(), reviewer.user().id());
        assertThat(stored().returnComments()).containsOnlyKeys(FilingSection.FINANCIALS);

        put("rd-spend", FilingFixtures.RD_SPEND_JSON, etag).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("此部分未被退回修改，不能编辑");
        Map<String, Object> corrected = new HashMap<>(FilingFixtures.FINANCIALS_JSON);
        corrected.put("totalRevenue", new BigDecimal("30600000"));
        etag = etag(put("financials", corrected, etag).expectStatus().isOk());
        etag = etag(submit(etag).expectStatus().isOk());

        etag = etag(web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/acceptance", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED"));
        put("financials", FilingFixtures.FINANCIALS_JSON, etag).expectStatus().isEqualTo(409);

        assertThat(audit.ofEnterprise(firm, 20).map(AuditEvent::action).collectList().block(TIMEOUT))
                .containsSubsequence("filing.accepted", "filing.submitted", "filing.returned", "filing.submitted");
    }

    @Test
    void aSubmissionWithoutTheCommitmentIsRefusedOnItsFieldAndChangesNothing() {
        String etag = complete(create());
        Filing before = stored();

        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:validation")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("commitment")
                .jsonPath("$.errors[0].code").isEqualTo("filing.commitment.required")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "Read the commitment and tick the box to confirm it before submitting");
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", false))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("commitment");

        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void theFirstSubmissionGivesAReferenceThatResubmissionsKeepAndASecondSubmissionIsToldItWasSubmitted() {
        String first = etag(create());
        String etag = etag(submit(complete(first)).expectStatus().isOk()
                .expectBody().jsonPath("$.reference").value(reference ->
                        assertThat((String) reference).matches("HTE-" + YEAR + "-\\d{6}")));
        String reference = stored().reference();

        // From a tab opened before the submission: told it is submitted, not that someone else saved.
        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, first)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", true))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("已于").contains(reference).contains("无需再次提交"));

        etag = etag(web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/return", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comments", Map.of("FINANCIALS", "请核对收入总额")))
                .exchange().expectStatus().isOk());
        etag = etag(put("financials", FilingFixtures.FINANCIALS_JSON, etag).expectStatus().isOk());
        submit(etag).expectStatus().isOk().expectBody().jsonPath("$.reference").isEqualTo(reference);
        web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises/{id}/filings", firm)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].reference").isEqualTo(reference);
    }

    @Test
    void aReturnedSectionMustBeSavedAgainBeforeResubmittingAndThenCountsAsCompleted() {
        String etag = etag(submit(complete(create())).expectStatus().isOk());
        etag = etag(web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/return", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comments", Map.of("STAFF", "请按社保记录核对人数")))
                .exchange().expectStatus().isOk());

        submit(etag).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("staff")
                .jsonPath("$.errors[0].code").isEqualTo("filing.section.not-corrected");

        etag = etag(put("staff", FilingFixtures.monthlyStaffJson(), etag).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RETURNED")
                .jsonPath("$.progress.STAFF").isEqualTo("COMPLETED")
                .jsonPath("$.returnComments.STAFF").isEqualTo("请按社保记录核对人数"));
        submit(etag).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("SUBMITTED");
    }

    @Test
    void firmsCannotReviewTheirOwnFilings() {
        String etag = etag(submit(complete(create())).expectStatus().isOk());

        web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/acceptance", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag)
                .exchange().expectStatus().isForbidden();
        assertThat(stored().status()).isEqualTo(FilingStatus.SUBMITTED);
    }

    @Test
    void aReturnWithoutAnyCommentIsInvalid() {
        String etag = etag(submit(complete(create())).expectStatus().isOk());

        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/return", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("comments", Map.of("RD_SPEND", "")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].code").isEqualTo("filing.return.no-comment");
        assertThat(stored().status()).isEqualTo(FilingStatus.SUBMITTED);
    }

    @Test
    void anAmendmentOpensANewRevisionAndKeepsTheAcceptedOneReadable() {
        String etag = etag(submit(complete(create())).expectStatus().isOk());
        etag = etag(web.mutateWith(reviewer.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/acceptance", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .exchange().expectStatus().isOk());

        etag = etag(web.mutateWith(member.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/amendment", firm, YEAR).header(HttpHeaders.IF_MATCH, etag)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.revision").isEqualTo(2));
        Map<String, Object> amended = new HashMap<>(FilingFixtures.RD_SPEND_JSON);
        amended.put("personnel", 900000);
        put("rd-spend", amended, etag).expectStatus().isOk();

        web.mutateWith(member.bearer()).get().uri("/api/v1/enterprises/{id}/filings/{y}/revisions", firm, YEAR)
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].revision").isEqualTo(1)
                .jsonPath("$[0].content.rdSpend.personnel").isEqualTo(700000)
                .jsonPath("$[0].acceptedAt").exists();
        assertThat(stored().content().rdSpend().personnel()).isEqualByComparingTo("900000");
        assertThat(audit.ofEnterprise(firm, 2).map(AuditEvent::action).collectList().block(TIMEOUT))
                .containsExactly("filing.section.saved", "filing.amended");
    }

    @Test
    void amountsRoundTripExactly() {
        String etag = create();
        put("financials", Map.of("totalRevenue", new BigDecimal("9876543210987.65")), etag).expectStatus().isOk();

        assertThat(stored().content().financials().totalRevenue()).isEqualTo(new BigDecimal("9876543210987.65"));
    }

    @Test
    void reviewersFilterTheListByYearStatusFieldAndFirm() {
        submit(complete(create())).expectStatus().isOk();

        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/filings").queryParam("fiscalYear", YEAR).queryParam("status", "SUBMITTED")
                        .queryParam("enterpriseId", firm).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].enterpriseId").isEqualTo(firm);
        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/filings").queryParam("status", "DRAFT").queryParam("enterpriseId", firm).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/filings").queryParam("technicalField", "9").queryParam("enterpriseId", firm).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        web.mutateWith(reviewer.bearer()).get()
                .uri(b -> b.path("/api/v1/filings").queryParam("limit", 0).queryParam("cursor", "x").build())
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors.length()").isEqualTo(2);
    }

    private String create() {
        return web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fiscalYear", YEAR))
                .exchange().expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getETag();
    }

    /** Fills every section with the consistent fixtures; returns the new ETag. */
    private String complete(String etag) {
        etag = etag(put("financials", FilingFixtures.FINANCIALS_JSON, etag).expectStatus().isOk());
        etag = etag(put("rd-spend", FilingFixtures.RD_SPEND_JSON, etag).expectStatus().isOk());
        etag = etag(put("staff", FilingFixtures.monthlyStaffJson(), etag).expectStatus().isOk());
        etag = etag(put("incidents", FilingFixtures.INCIDENTS_JSON, etag).expectStatus().isOk());
        return etag(put("self-assessment", FilingFixtures.SELF_ASSESSMENT_JSON, etag).expectStatus().isOk());
    }

    private WebTestClient.ResponseSpec put(String section, Map<String, ?> body, String etag) {
        return web.mutateWith(member.bearer()).put()
                .uri("/api/v1/enterprises/{id}/filings/{y}/" + section, firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private WebTestClient.ResponseSpec submit(String etag) {
        return web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", true))
                .exchange();
    }

    private static String etag(WebTestClient.ResponseSpec response) {
        return response.returnResult(String.class).getResponseHeaders().getETag();
    }

    private static String etag(WebTestClient.BodyContentSpec body) {
        return etag(body.returnResult().getResponseHeaders().getETag());
    }

    private static String etag(String etag) {
        return etag;
    }

    private static String etagOf(Filing filing) {
        return "\"" + filing.version() + "\"";
    }

    private Filing stored() {
        return filings.find(member.user(), firm, YEAR).block(TIMEOUT);
    }
}
