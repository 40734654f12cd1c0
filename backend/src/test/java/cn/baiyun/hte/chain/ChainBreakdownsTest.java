package cn.baiyun.hte.chain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class ChainBreakdownsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ChainBreakdowns breakdowns;
    @Autowired
    ChainFixtures fixtures;

    @Test
    void countsEachChainsFirmsHtesAndFlagsWithTheFirmsBehindThemForReviewers() {
        String cluster = ChainFixtures.unique("集群");
        IndustryChain first = fixtures.chain(cluster);
        IndustryChain second = fixtures.chain(cluster);
        LocalDate today = fixtures.today();
        String validHte = fixtures.firm(today.minusYears(1));
        String expiredHte = fixtures.firm(today.minusYears(3));
        String leader = fixtures.firm(null);
        String listedElsewhere = fixtures.firm(today.minusMonths(2));
        fixtures.tag(validHte, first, FirmFlag.LISTING_CANDIDATE);
        fixtures.tag(expiredHte, first);
        fixtures.tag(leader, first, FirmFlag.LEADING, FirmFlag.LISTED);
        fixtures.tag(listedElsewhere, second, FirmFlag.LISTED);

        ChainBreakdown breakdown = breakdowns.on(Principals.reviewer().user(), today).block(TIMEOUT);

        ChainFigures one = figuresOf(breakdown, first);
        assertThat(one.firms().count()).isEqualTo(3);
        assertThat(one.firms().enterpriseIds()).containsExactlyInAnyOrder(validHte, expiredHte, leader);
        assertThat(one.hte().enterpriseIds()).containsExactly(validHte);
        assertThat(one.flags().get(FirmFlag.LEADING).enterpriseIds()).containsExactly(leader);
        assertThat(one.flags().get(FirmFlag.LISTED).enterpriseIds()).containsExactly(leader);
        assertThat(one.flags().get(FirmFlag.LISTING_CANDIDATE).enterpriseIds()).containsExactly(validHte);
        ClusterFigures both = breakdown.clusters().stream().filter(c -> c.clusterZh().equals(cluster)).findFirst()
                .orElseThrow();
        assertThat(both.chainIds()).containsExactly(first.id(), second.id());
        assertThat(both.firms().count()).isEqualTo(4);
        assertThat(both.hte().enterpriseIds()).containsExactlyInAnyOrder(validHte, listedElsewhere);
        assertThat(both.flags().get(FirmFlag.LISTED).enterpriseIds()).containsExactlyInAnyOrder(leader, listedElsewhere);

        // On the day the older certificate was still valid, it counts.
        ChainBreakdown earlier = breakdowns.on(Principals.reviewer().user(), today.minusYears(1)).block(TIMEOUT);
        assertThat(figuresOf(earlier, first).hte().enterpriseIds()).containsExactlyInAnyOrder(validHte, expiredHte);
    }

    @Test
    void aFirmMovedToAnotherChainCountsOnlyThereAndARetiredChainWithoutFirmsIsLeftOut() {
        String cluster = ChainFixtures.unique("集群");
        IndustryChain from = fixtures.chain(cluster);
        IndustryChain to = fixtures.chain(cluster);
        String firm = fixtures.firm(null);
        fixtures.tag(firm, from, FirmFlag.LEADING);
        fixtures.tag(firm, to, FirmFlag.LEADING);

        ChainBreakdown breakdown = breakdowns.on(Principals.reviewer().user(), fixtures.today()).block(TIMEOUT);

        assertThat(figuresOf(breakdown, from).firms().count()).isZero();
        assertThat(figuresOf(breakdown, to).firms().enterpriseIds()).containsExactly(firm);
    }

    @Test
    void departmentOfficersAndDashboardClientsSeeCountsWithoutFirmsAndFirmsSeeNothing() {
        IndustryChain chain = fixtures.chain(ChainFixtures.unique("集群"));
        fixtures.tag(fixtures.firm(null), chain, FirmFlag.LEADING);
        LocalDate today = fixtures.today();

        for (Principals reader : List.of(Principals.department("大数据局"),
                Principals.integrationClient(Scopes.DASHBOARD_READ))) {
            ChainFigures figures = figuresOf(breakdowns.on(reader.user(), today).block(TIMEOUT), chain);
            assertThat(figures.firms().count()).isEqualTo(1);
            assertThat(figures.firms().enterpriseIds()).isEmpty();
            assertThat(figures.flags().get(FirmFlag.LEADING).enterpriseIds()).isEmpty();
        }
        for (Principals refused : List.of(Principals.firmUser("firm"), Principals.integrationClient(
                Scopes.ENTERPRISES_READ), Principals.admin())) {
            StepVerifier.create(breakdowns.on(refused.user(), today))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PortalException.class)
                            .extracting(x -> ((PortalException) x).getStatusCode().value()).isEqualTo(403))
                    .verify(TIMEOUT);
        }
    }

    private static ChainFigures figuresOf(ChainBreakdown breakdown, IndustryChain chain) {
        return breakdown.chains().stream().filter(f -> f.chain() != null && f.chain().id().equals(chain.id()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + chain.nameZh()));
    }
}
