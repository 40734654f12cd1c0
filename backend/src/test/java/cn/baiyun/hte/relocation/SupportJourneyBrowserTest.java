package cn.baiyun.hte.relocation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.chain.FirmFlag;
import cn.baiyun.hte.chain.FirmTagService;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's relocation and chain work in a real browser through the real Keycloak: the reviewer records a firm
 * relocating from Shenzhen with a milestone already past its due date and sees it marked overdue on the firm's
 * relocation and on the list; 工信局's officer finds a firm by its code and tags it with the high-end equipment
 * chain as a leading firm.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportJourneyBrowserTest {

    @Autowired
    TestFirms firms;
    @Autowired
    FirmTagService tags;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    LocalDate today;

    @BeforeAll
    void openBrowser() {
        today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theReviewerSeesAnOverdueMilestoneAndTheIndustryBureauTagsAFirm() {
        String uscc = TestFirms.newUscc();
        portal.signIn("reviewer", "/reviewer/relocations/new");
        type("f-uscc", uscc);
        type("f-firmName", "浏览器迁入测试软件有限公司");
        type("f-origin", "广东省深圳市南山区");
        type("f-arrivalDate", today.minusWeeks(3).toString());
        portal.find(By.id("f-hteAtArrival")).click();
        type("f-support-fundingYuan", "1,500,000");
        type("f-milestones-0-title", "产业用房交付");
        type("f-milestones-0-dueDate", today.minusDays(5).toString());
        type("f-milestones-1-title", "首笔专项资助拨付");
        type("f-milestones-1-dueDate", today.plusDays(30).toString());
        portal.find(By.cssSelector("main form button[type=submit]")).click();

        portal.awaitText("已保存。");
        WebElement overdue = portal.find(By.cssSelector("table.milestones tr.overdue"));
        assertThat(overdue.getText()).contains("产业用房交付").contains("已逾期 5 天");
        assertThat(portal.find(By.cssSelector("table.milestones")).getText()).contains("首笔专项资助拨付")
                .contains("进行中");
        assertThat(portal.find(By.cssSelector("dl.summary")).getText()).contains("1,500,000.00 元");
        portal.find(By.linkText("全部迁入企业")).click();
        portal.awaitText("企业迁入（一企一策）");
        assertThat(portal.find(By.xpath("//tr[contains(@class,'overdue')][.//a[text()='浏览器迁入测试软件有限公司']]"))
                .getText()).contains("逾期 1 个");
        portal.signOut();

        String firm = firms.approvedFirm(Principals.firmUser("owner"), "浏览器链主测试装备有限公司");
        String firmUscc = firms.stored(firm).uscc();
        portal.signIn("officer-gxj", "/chains/firms");
        type("f-uscc", firmUscc);
        portal.find(By.xpath("//button[text()='查找企业']")).click();
        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/chains/firms/" + firm));
        new Select(portal.find(By.id("f-chainId"))).selectByVisibleText("先进装备制造产业集群 · 高端装备制造");
        portal.find(By.id("flag-LEADING")).click();
        portal.find(By.xpath("//button[text()='保存']")).click();

        portal.awaitText("标注已保存。");
        assertThat(portal.find(By.id("current-chain")).getText()).isEqualTo("高端装备制造 · 先进装备制造产业集群");
        assertThat(portal.find(By.id("current-flags")).getText()).isEqualTo("龙头企业");
        var stored = tags.tagsOf(Principals.reviewer().user(), firm).block(Duration.ofSeconds(10)).tags();
        assertThat(stored.flags()).containsExactly(FirmFlag.LEADING);
        assertThat(stored.chainId()).isNotNull();
    }

    /** Sets an input's value as typed (a date input takes its ISO value this way whatever the browser's locale). */
    private void type(String id, String value) {
        WebElement input = portal.find(By.id(id));
        ((JavascriptExecutor) portal.driver()).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
