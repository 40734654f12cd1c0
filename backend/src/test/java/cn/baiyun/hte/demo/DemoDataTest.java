package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.coaching.CoachingTopic;
import cn.baiyun.hte.coaching.CoachingVisit;
import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.EnterpriseSearch;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run command's demo data, seeded into a database of its own through the real services: every
 * feature's demo records are there and pass its rules.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoDataTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    WebTestClient web;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    FilingService filings;
    @Autowired
    PortfolioService portfolios;
    @Autowired
    CoachingService coaching;
    @Autowired
    ClaimService claims;
    @Autowired
    Clock clock;

    @Test
    void firmAHasThreeAcceptedYearsAndFirmBOneOfEachReviewState() {
        assertThat(filings(DemoData.FIRM_A_USCC)).extracting(Filing::status)
                .containsExactly(FilingStatus.ACCEPTED, FilingStatus.ACCEPTED, FilingStatus.ACCEPTED);
        var firmB = filings(DemoData.FIRM_B_USCC);
        assertThat(firmB).extracting(Filing::status)
                .containsExactly(FilingStatus.DRAFT, FilingStatus.RETURNED, FilingStatus.ACCEPTED);
        assertThat(firmB.get(1).returnComments()).containsOnlyKeys(FilingSection.STAFF);
    }

    @Test
    void bothFirmsHaveAPortfolio() {
        var reviewer = Principals.reviewer().user();
        String firmA = firmId(DemoData.FIRM_A_USCC);
        var equipment = portfolios.ipAssets(reviewer, firmA).collectList().block(TIMEOUT);
        assertThat(equipment).hasSize(7);
        var granted = equipment.stream().map(IpAsset::details).filter(d -> d.status() == IpStatus.GRANTED).toList();
        assertThat(granted).filteredOn(d -> d.ipClass() == IpClass.I).hasSize(1);
        assertThat(granted).filteredOn(d -> d.ipClass() == IpClass.II && !d.alreadyUsed()).hasSize(4);
        int last = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear() - 1;
        assertThat(portfolios.transformationsPerYear(reviewer, firmA).block(TIMEOUT).counts())
                .containsEntry(last - 2, 3).containsEntry(last - 1, 3).containsEntry(last, 3);
        assertThat(portfolios.ipAssets(reviewer, firmId(DemoData.FIRM_B_USCC)).collectList().block(TIMEOUT))
                .hasSize(6);
        for (String uscc : new String[] {DemoData.FIRM_A_USCC, DemoData.FIRM_B_USCC}) {
            String firm = firmId(uscc);
            assertThat(portfolios.achievements(reviewer, firm).collectList().block(TIMEOUT))
                    .hasSize(uscc.equals(DemoData.FIRM_A_USCC) ? 3 : 2);
            assertThat(portfolios.rdProjects(reviewer, firm).collectList().block(TIMEOUT)).hasSize(2);
        }
    }

    @Test
    void firmAsCoachingVisitHasAnOpenAnOverdueAndADoneFollowUpAndTheNextOneIsPlanned() {
        var visits = coaching.visitsOf(Principals.reviewer().user(), firmId(DemoData.FIRM_A_USCC))
                .collectList().block(TIMEOUT);

        LocalDate today = LocalDate.now(clock);
        assertThat(visits).hasSize(2);
        CoachingVisit planned = visits.get(0);
        assertThat(planned.visitDate()).isEqualTo(today.plusDays(14));
        assertThat(planned.plannedOn(today)).isTrue();
        assertThat(planned.followUps()).isEmpty();
        CoachingVisit visit = visits.get(1);
        assertThat(visit.topics()).containsAll(CoachingTopic.focusOf(1));
        assertThat(visit.followUps()).filteredOn(f -> f.open() && !f.overdueOn(today)).hasSize(1);
        assertThat(visit.followUps()).filteredOn(f -> f.overdueOn(today)).hasSize(1);
        assertThat(visit.followUps()).filteredOn(f -> !f.open()).hasSize(1);
    }

    @Test
    void theClaimantsClaimWaitsForReview() {
        assertThat(claims.pendingClaims(Principals.reviewer().user()).collectList().block(TIMEOUT))
                .extracting(Membership::username)
                .containsExactly("claimant");
    }

    @Test
    void eachFirmHasADocument() {
        for (String uscc : new String[] {DemoData.FIRM_A_USCC, DemoData.FIRM_B_USCC}) {
            web.mutateWith(Principals.reviewer().bearer()).get()
                    .uri("/api/v1/enterprises/{id}/documents", firmId(uscc))
                    .exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                    .jsonPath("$.items[0].contentType").isEqualTo("application/pdf");
        }
    }

    @Test
    void thisYearsCycleIsAssessedWithFirmAProposedAndFirmBShortOfAcceptedFilings() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(b -> b.path("/api/v1/cycles/{y}/entries").queryParam("limit", 200).build(year))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_A_USCC) + "')].outcome")
                .isEqualTo("ASSESSED")
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_B_USCC) + "')].outcome")
                .isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void firmAsFeedbackIsPublishedWithACommentAndFirmBsIsNot() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(b -> b.path("/api/v1/cycles/{y}/entries").queryParam("limit", 200).build(year))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_A_USCC) + "')].status")
                .isEqualTo("PUBLISHED")
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_A_USCC) + "')].publication.comment")
                .isEqualTo(DemoData.FIRM_A_FEEDBACK)
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_B_USCC) + "')].status")
                .isEqualTo("INSUFFICIENT_DATA")
                .jsonPath("$.items[?(@.enterpriseId == '" + firmId(DemoData.FIRM_B_USCC) + "')].publication")
                .doesNotExist();
    }

    @Test
    void firmAIsToldOfItsPublishedFeedbackAndFirmBOfItsReturnedFiling() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        web.mutateWith(Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a", PortalRole.ENTERPRISE)
                        .bearer()).get().uri("/api/v1/me/notices").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.type == 'pool.tier.published')].link")
                .isEqualTo("/firms/" + firmId(DemoData.FIRM_A_USCC) + "/feedback/" + year);
        web.mutateWith(Principals.realmUser("00000000-0000-4000-8000-000000000012", "firm-b", PortalRole.ENTERPRISE)
                        .bearer()).get().uri("/api/v1/me/notices").exchange().expectStatus().isOk().expectBody()
                // Besides its roadshow notices (waitlisted, confirmed: DemoRoadshows).
                .jsonPath("$.items[?(@.type == 'filing.returned')].link").value(links -> {
                    assertThat((List<?>) links).hasSize(1);
                    assertThat(String.valueOf(((List<?>) links).get(0)))
                            .startsWith("/firms/" + firmId(DemoData.FIRM_B_USCC) + "/filings/");
                });
    }

    @Test
    void theIndustryBureauReferredFirmBAndTheBoardFiltersByIt() {
        int year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear();
        String firmB = firmId(DemoData.FIRM_B_USCC);
        web.mutateWith(Principals.department("工信局").bearer()).get()
                .uri(b -> b.path("/api/v1/referrals").queryParam("limit", 100).build())
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.enterpriseId == '" + firmB + "')].note").isEqualTo(DemoData.FIRM_B_REFERRAL)
                .jsonPath("$.items[*].department").value(departments ->
                        assertThat((List<Object>) departments).containsOnly("工信局"));
        web.mutateWith(Principals.reviewer().bearer()).get()
                .uri(b -> b.path("/api/v1/cycles/{y}/entries").queryParam("department", "工信局")
                        .queryParam("limit", 200).build(year))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.enterpriseId == '" + firmB + "')]").exists()
                .jsonPath("$.items.length()").value(count -> assertThat((Integer) count).isGreaterThan(1));
    }

    private List<Filing> filings(String uscc) {
        return filings.ofFirm(Principals.reviewer().user(), firmId(uscc)).collectList().block(TIMEOUT);
    }

    private String firmId(String uscc) {
        return enterprises.search(Principals.reviewer().user(),
                new EnterpriseSearch(null, uscc, null, null, null, null, null)).block(TIMEOUT).items().get(0).id();
    }
}
