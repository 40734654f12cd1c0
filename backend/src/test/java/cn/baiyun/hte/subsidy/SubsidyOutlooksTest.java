package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.relocation.RelocationFixtures;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's committed and expected amounts against figures made for the test. The database is shared with other
 * test classes: a past year nobody else uses gives exact committed figures, the coming years' expected figures
 * are compared before and after the test's own firms.
 */
@PortalIntegrationTest
class SubsidyOutlooksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    SubsidyOutlooks outlooks;
    @Autowired
    SubsidySchedule schedule;
    @Autowired
    TestFirms firms;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    RelocationFixtures relocations;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Clock clock;

    Principals reviewer = Principals.reviewer();

    @Test
    void aPastYearCommitsWhatHappenedInItAndExpectsNothingMore() {
        int year = 2004;
        rate(year, SubsidyEvent.FIRST_RECOGNITION, "300000", null);
        rate(year, SubsidyEvent.RELOCATION, "500000", "800000");
        rate(year, SubsidyEvent.POOL_ENTRY, "20000", null);
        certified(LocalDate.of(year, 3, 15));
        certified(LocalDate.of(year, 11, 30));
        certified(LocalDate.of(year - 1, 12, 31));
        relocations.arrived(firms.approvedFirm(Principals.firmUser("a"), "迁入甲" + UUID.randomUUID()),
                LocalDate.of(year, 5, 1));
        relocations.arrived(firms.approvedFirm(Principals.firmUser("b"), "迁入乙" + UUID.randomUUID()),
                LocalDate.of(year, 9, 1));
        // In the pool before (not a first entry now), in it for the first time (twice), left out by the bureau.
        String before = poolEntry(year - 1, "TIER_2", null, null);
        poolEntry(year, "TIER_1", null, before);
        poolEntry(year, "NOT_IN_POOL", "TIER_3", null);
        poolEntry(year, "TIER_1", null, null);
        poolEntry(year, "TIER_1", "NOT_IN_POOL", null);

        SubsidyOutlook outlook = outlooks.forYear(reviewer.user(), year).block(TIMEOUT);

        Map<SubsidyEvent, EventOutlook> events = byEvent(outlook);
        assertThat(events.keySet()).containsExactly(SubsidyEvent.values());
        assertThat(events.get(SubsidyEvent.FIRST_RECOGNITION).committedFirms()).isEqualTo(2);
        assertThat(events.get(SubsidyEvent.FIRST_RECOGNITION).committedAmount()).isEqualByComparingTo("600000");
        assertThat(events.get(SubsidyEvent.RELOCATION).committedFirms()).isEqualTo(2);
        assertThat(events.get(SubsidyEvent.RELOCATION).committedAmount()).isEqualByComparingTo("800000");
        assertThat(events.get(SubsidyEvent.POOL_ENTRY).committedFirms()).isEqualTo(2);
        assertThat(events.get(SubsidyEvent.POOL_ENTRY).committedAmount()).isEqualByComparingTo("40000");
        assertThat(events.get(SubsidyEvent.RE_RECOGNITION).rate()).isNull();
        assertThat(outlook.events()).allSatisfy(e -> assertThat(e.expectedFirms()).isZero());
        assertThat(outlook.committed()).isEqualByComparingTo("1440000");
        assertThat(outlook.expected()).isZero();
    }

    @Test
    void aComingYearExpectsTheRecognitionsDueTheRelocationsPlannedAndLastYearsPoolIntake() {
        int year = LocalDate.now(clock).getYear() + 1;
        Map<SubsidyEvent, EventOutlook> before = byEvent(outlooks.forYear(reviewer.user(), year).block(TIMEOUT));
        // Its last valid day falls in the coming year: issued (year - 3) + a few months.
        certified(LocalDate.of(year - 3, 6, 1));
        relocations.arrived(firms.approvedFirm(Principals.firmUser("c"), "迁入丙" + UUID.randomUUID()),
                LocalDate.of(year, 2, 1));

        Map<SubsidyEvent, EventOutlook> after = byEvent(outlooks.forYear(reviewer.user(), year).block(TIMEOUT));

        assertThat(after.get(SubsidyEvent.RE_RECOGNITION).expectedFirms()
                - before.get(SubsidyEvent.RE_RECOGNITION).expectedFirms()).isEqualTo(1);
        assertThat(after.get(SubsidyEvent.RE_RECOGNITION).committedFirms()).isZero();
        assertThat(after.get(SubsidyEvent.RELOCATION).expectedFirms()
                - before.get(SubsidyEvent.RELOCATION).expectedFirms()).isEqualTo(1);
        assertThat(after.get(SubsidyEvent.RELOCATION).committedFirms()).isZero();
    }

    @Test
    void aCycleYetToComeExpectsItsTierOneFirmsToBeRecognisedAndItsIntakeIsCounted() {
        // A year far ahead that no other test's cycle uses, with its cycle already assessed.
        int year = LocalDate.now(clock).getYear() + 50;
        poolEntry(year, "TIER_1", null, null);
        poolEntry(year, "TIER_2", "TIER_1", null);
        poolEntry(year, "TIER_3", null, null);

        Map<SubsidyEvent, EventOutlook> events = byEvent(outlooks.forYear(reviewer.user(), year).block(TIMEOUT));

        assertThat(events.get(SubsidyEvent.FIRST_RECOGNITION).expectedFirms()).isEqualTo(2);
        assertThat(events.get(SubsidyEvent.FIRST_RECOGNITION).committedFirms()).isZero();
        assertThat(events.get(SubsidyEvent.POOL_ENTRY).committedFirms()).isEqualTo(3);
        // The cycle has been assessed: last year's intake is no longer the estimate.
        assertThat(events.get(SubsidyEvent.POOL_ENTRY).expectedFirms()).isZero();
    }

    @Test
    void departmentsAndDashboardClientsReadTheFiguresFirmsAndOtherClientsDoNotAndTheYearIsChecked() {
        for (Principals reader : List.of(Principals.department("工信局"),
                Principals.integrationClient(Scopes.DASHBOARD_READ))) {
            assertThat(outlooks.forYear(reader.user(), 2004).block(TIMEOUT).events()).hasSize(4);
        }
        for (Principals refused : List.of(Principals.firmUser("firm"), Principals.integrationClient(
                Scopes.ENTERPRISES_READ))) {
            StepVerifier.create(outlooks.forYear(refused.user(), 2004))
                    .expectErrorSatisfies(e -> assertThat(((PortalException) e).getStatusCode().value()).isEqualTo(403))
                    .verify(TIMEOUT);
        }
        StepVerifier.create(outlooks.forYear(reviewer.user(), 1999))
                .expectErrorSatisfies(e -> assertThat(((PortalException) e).fieldProblems())
                        .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("year")))
                .verify(TIMEOUT);
    }

    private void rate(int year, SubsidyEvent event, String amount, String cap) {
        schedule.add(reviewer.user(), new RateDetails(year, event, new BigDecimal(amount),
                cap == null ? null : new BigDecimal(cap), "白云区高新技术企业后补助办法")).block(TIMEOUT);
    }

    private void certified(LocalDate issued) {
        String id = firms.approvedFirm(Principals.firmUser("owner"), "认定企业" + UUID.randomUUID());
        EnterpriseProfile p = firms.stored(id).profile();
        enterprises.updateProfile(reviewer.user(), id, new EnterpriseProfile(p.name(), LocalDate.of(2001, 3, 1),
                p.address(), p.district(), p.technicalField(), p.residentEnterprise(), p.industrial(),
                p.aboveDesignatedSize(), p.specialized(), new HteCertificate("GR" + issued.getYear() + "52000002", issued),
                p.techSme(), LifecycleStage.HIGH_TECH_ENTERPRISE, p.contacts()), IfMatch.unconditional()).block(TIMEOUT);
    }

    /** A pool entry as the cycle run stores it, for a firm of its own (or {@code firm}); its firm's id. */
    private String poolEntry(int year, String proposed, String decided, String firm) {
        String enterpriseId = firm == null ? new org.bson.types.ObjectId().toHexString() : firm;
        Document entry = new Document("cycleYear", year).append("enterpriseId", enterpriseId)
                .append("proposedTier", proposed);
        if (decided != null) {
            entry.append("decision", new Document("tier", decided));
        }
        mongo.getCollection("poolEntries").flatMap(c -> reactor.core.publisher.Mono.from(c.insertOne(entry)))
                .block(TIMEOUT);
        return enterpriseId;
    }

    private static Map<SubsidyEvent, EventOutlook> byEvent(SubsidyOutlook outlook) {
        return outlook.events().stream().collect(Collectors.toMap(EventOutlook::event, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
