package cn.baiyun.hte.pool.selfcheck;

import java.time.Duration;

import cn.baiyun.hte.enterprise.EnterpriseSearch;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Firm B of the demo data runs its tech-based SME self-check in Chinese from its navigation: its 2025 draft
 * (23m sales, 1.45m R&D, 75 staff of whom 24 in S&T) and its invention patent give 100 points while its HTE
 * certificate has expired; a what-if with 300,000 yuan of R&D loses the 50 R&D points and the qualification.
 */
@EndToEndTest
@TestPropertySource(properties = "hte.demo-data.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TechSmeCheckBrowserTest {

    /** The demo's firm B (DemoData.FIRM_B_USCC). */
    static final String FIRM_B_USCC = "91520113MA6J8XY2B2";

    @Autowired
    EnterpriseService enterprises;

    PortalBrowser portal;
    String firmB;

    @BeforeAll
    void theDemoAndABrowser() {
        firmB = enterprises.search(Principals.reviewer().user(), new EnterpriseSearch(null, FIRM_B_USCC, null, null,
                null, null, null)).block(Duration.ofSeconds(30)).items().get(0).id();
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void firmBChecksItselfAsATechSmeReadsEachItemAndTriesAWhatIf() {
        portal.signIn("firm-b", "/firms/" + firmB);
        portal.find(By.linkText("科技型中小企业自评")).click();
        portal.awaitText("逐项说明");

        assertThat(portal.find(By.id("techsme-outcome")).getText()).isEqualTo("符合：评分达到 60 分，可按评分入库");
        assertThat(portal.find(By.id("item-st-staff")).getText()).contains("科技人员 24 人 ÷ 职工总数 75 人 = 32.00%", "20 分");
        assertThat(portal.find(By.id("item-ip")).getText()).contains("今天有效的Ⅰ类 1 项", "30 分");
        assertThat(portal.find(By.id("item-hte-certificate")).getText()).contains("GR202352000456", "到期");

        portal.find(By.id("f-rdExpenseCny119Caliber")).sendKeys("300,000");
        portal.find(By.xpath("//form[contains(@action,'tech-sme-check')]//button[@type='submit']")).click();
        portal.awaitText("已填报数据与假如数据对照");

        assertThat(portal.find(By.id("techsme-outcome-after")).getText()).isEqualTo("暂不符合科技型中小企业条件");
        assertThat(portal.find(By.id("result-rd-to-sales")).getText()).contains("300,000", "1.30%");
        assertThat(portal.find(By.id("result-total")).getText()).contains("100 分", "50 分");
    }
}
