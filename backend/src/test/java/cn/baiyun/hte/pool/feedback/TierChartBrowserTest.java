package cn.baiyun.hte.pool.feedback;

import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.pool.board.PoolEntryRepository;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The tier history chart (ECharts) draws under the portal's Content-Security-Policy. */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TierChartBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);

    @Autowired
    TestFirms firms;
    @Autowired
    PoolEntryRepository repository;

    PortalBrowser portal;
    String firm;

    @BeforeAll
    void firmAWithTwoPublishedYears() {
        firm = firms.approvedFirm(FIRM_A, "图表测试科技有限公司");
        FeedbackEntries entries = new FeedbackEntries(repository);
        entries.published(firm, 2035, "C20", TierResult.TIER_3, null, Instant.parse("2035-04-28T02:00:00Z"));
        entries.published(firm, 2036, "C02", TierResult.TIER_2, null, Instant.parse("2036-04-28T02:00:00Z"));
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theChartDrawsOnItsCanvas() {
        portal.signIn("firm-a", "/firms/" + firm + "/feedback");
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tier-chart canvas")));
        portal.assertNothingFound();
    }
}
