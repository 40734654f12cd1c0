package cn.baiyun.hte.filing.portfolio;

import java.time.Duration;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo portfolios pass every rule, so the run command's demo data can rely on them. */
@PortalIntegrationTest
class PortfolioDemoTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    PortfolioDemo demo;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredPortfolio stored;

    @Test
    void bothDemoPortfoliosAreStoredWhole() {
        Principals owner = Principals.firmUser("demo");
        String equipment = firms.approvedFirm(owner, "演示智造公司");
        String software = firms.approvedFirm(owner, "演示软件公司");

        demo.seedEquipmentFirm(owner.user(), equipment).block(TIMEOUT);
        demo.seedSoftwareFirm(owner.user(), software).block(TIMEOUT);

        var a = stored.of(equipment);
        assertThat(a.ipAssets()).hasSize(7);
        assertThat(IpClassCounts.of(a.ipAssets())).isEqualTo(new IpClassCounts(1, 4));
        assertThat(TransformationsPerYear.of(a.achievements().stream().map(Achievement::details).toList()).counts())
                .containsEntry(2023, 2).containsEntry(2024, 1).containsEntry(2025, 2);
        assertThat(a.rdProjects()).hasSize(2);
        var b = stored.of(software);
        assertThat(b.ipAssets()).hasSize(6);
        assertThat(b.achievements()).hasSize(2);
        assertThat(b.rdProjects()).hasSize(2);
    }
}
