package cn.baiyun.hte.filing;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Starting a filing and saving each of its sections, on the API and on the section pages, leave an
 * entry in the audit trail: who, when, which section, which fields, and the digest of the section
 * before and after, which the stored filing reproduces. The reviewer reads them in the firm's change
 * history in either language, without codes.
 */
@PortalIntegrationTest
class FilingAuditTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int YEAR = FilingApiTest.YEAR;

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;
    @Autowired
    AuditLog audit;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    MessageSource messages;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithAMember() {
        member = Principals.firmUser("audited");
        firm = firms.approvedFirm(member, "审计留痕测试公司");
    }

    @Test
    void creatingAFilingIsAudited() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        create();

        AuditEvent created = latest();
        assertThat(created.action()).isEqualTo(FilingCreated.TYPE);
        assertThat(created.actorId()).isEqualTo(member.user().id());
        assertThat(created.subjectType()).isEqualTo("filing");
        assertThat(created.subjectId()).isEqualTo(stored().id());
        assertThat(created.occurredAt()).isAfterOrEqualTo(before);
        assertThat(created.changes()).containsExactly(new FieldChange("filingYear", null, String.valueOf(YEAR)));
    }

    @Test
    void eachSectionSaveRecordsTheSectionItsChangedFieldsAndTheDigestsBeforeAndAfter() {
        String etag = create();
        etag = put("financials", FilingFixtures.FINANCIALS_JSON, etag);

        AuditEvent first = latest();
        assertThat(first.action()).isEqualTo(FilingSectionSaved.TYPE);
        assertThat(first.actorId()).isEqualTo(member.user().id());
        assertThat(first.changes()).hasSize(3);
        assertThat(first.changes().get(0)).isEqualTo(new FieldChange("filingSection", null, "FINANCIALS"));
        assertThat(first.changes().get(1).after().split(",")).as("every field given, the first time")
                .containsExactlyInAnyOrderElementsOf(FilingFixtures.FINANCIALS_JSON.keySet().stream()
                        .map(field -> "financials." + field).toList());
        FieldChange firstDigest = first.changes().get(2);
        assertThat(firstDigest.before()).as("the section was never saved").isNull();
        assertThat(firstDigest.after()).isEqualTo(storedDigest(FilingSection.FINANCIALS)).hasSize(64);

        Map<String, Object> corrected = new HashMap<>(FilingFixtures.FINANCIALS_JSON);
        corrected.put("totalRevenue", new BigDecimal("30600000"));
        // The same figure with another scale is no change.
        corrected.put("totalAssets", new BigDecimal("40000000.00"));
        put("financials", corrected, etag);

        AuditEvent second = latest();
        assertThat(second.changes()).containsExactly(
                new FieldChange("filingSection", null, "FINANCIALS"),
                new FieldChange("changedFields", null, "financials.totalRevenue"),
                new FieldChange("sectionDigest", firstDigest.after(), storedDigest(FilingSection.FINANCIALS)));
        assertThat(second.changes().get(2).after()).isNotEqualTo(firstDigest.after());
    }

    @Test
    void aSectionSavedOnItsPageIsAuditedAlike() {
        create();
        var form = new LinkedMultiValueMap<String, String>();
        form.add("version", String.valueOf(stored().version()));
        form.add("rdSpend.personnel", "700,000");
        form.add("rdSpend.design", "20,000");
        web.mutateWith(member.session()).mutateWith(csrf()).post()
                .uri("/firms/{id}/filings/{y}/rd-spend", firm, YEAR)
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isSeeOther();

        AuditEvent saved = latest();
        assertThat(saved.action()).isEqualTo(FilingSectionSaved.TYPE);
        assertThat(saved.changes()).containsExactly(
                new FieldChange("filingSection", null, "RD_SPEND"),
                new FieldChange("changedFields", null, "rdSpend.personnel,rdSpend.design"),
                new FieldChange("sectionDigest", null, storedDigest(FilingSection.RD_SPEND)));
    }

    @Test
    void theReviewerReadsThemInTheFirmsHistoryInBothLanguagesWithoutCodes() {
        String etag = create();
        put("financials", Map.of("totalRevenue", new BigDecimal("1000")), etag);
        String digest = storedDigest(FilingSection.FINANCIALS);

        String zh = web.mutateWith(Principals.reviewer().session()).get().uri("/firms/{id}", firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(zh).contains("新建年度填报", "年度", String.valueOf(YEAR), "保存填报内容", "填报部分", "财务数据",
                "修改的项目", "收入总额", "内容摘要（SHA-256）", digest.substring(0, 16) + "…");
        String en = web.mutateWith(Principals.reviewer().session()).get().uri("/firms/{id}?lang=en", firm).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(en).contains("Filing started", "Fiscal year", "Filing section saved", "Section", "Financials",
                "Fields changed", "Content digest (SHA-256)");
        for (String page : List.of(zh, en)) {
            assertThat(page).doesNotContain("filing.section.saved", "filing.created", "FINANCIALS",
                    "financials.totalRevenue", "sectionDigest", "changedFields", "filingSection", digest);
        }
    }

    @Test
    void everyFieldOfEverySectionHasAHistoryNameInBothLanguages() {
        for (FilingSection section : FilingSection.values()) {
            Class<?> type = FilingContent.class.getRecordComponents()[section.ordinal()].getType();
            for (RecordComponent component : type.getRecordComponents()) {
                String path = section.property() + "." + component.getName();
                for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                    String label = messages.getMessage("label." + path, null, null, locale);
                    String history = messages.getMessage("filing.history." + path, null, null, locale);
                    assertThat(label != null || history != null).as("%s in %s", path, locale).isTrue();
                }
            }
        }
    }

    private AuditEvent latest() {
        return audit.ofEnterprise(firm, 1).blockFirst(TIMEOUT);
    }

    private Filing stored() {
        return filings.find(Principals.reviewer().user(), firm, YEAR).block(TIMEOUT);
    }

    private String storedDigest(FilingSection section) {
        return SectionChange.digest(stored().content().section(section), mongo.getConverter());
    }

    private String create() {
        return web.mutateWith(member.bearer()).post().uri("/api/v1/enterprises/{id}/filings", firm)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("fiscalYear", YEAR))
                .exchange().expectStatus().isCreated()
                .returnResult(String.class).getResponseHeaders().getETag();
    }

    private String put(String section, Map<String, ?> body, String etag) {
        return web.mutateWith(member.bearer()).put()
                .uri("/api/v1/enterprises/{id}/filings/{y}/" + section, firm, YEAR)
                .header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
    }
}
