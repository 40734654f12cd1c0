package cn.baiyun.hte.publication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Announcements and policies in a real browser: an anonymous visitor reads them at desktop and phone width
 * (no sideways scrolling, no accessibility violation, nothing the Content-Security-Policy blocks), and a
 * reviewer, signed in through Keycloak, drafts an announcement with the keyboard, meets the inline errors,
 * and publishes it. Screenshots of each page at 1280 and 390 px go to {@code target/screenshots}.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicationBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Principals REVIEWER = Principals.realmUser("00000000-0000-4000-8000-000000000001",
            "reviewer", PortalRole.REVIEWER);

    @Autowired
    Publications publications;

    PortalBrowser portal;
    Announcement announcement;
    Policy policy;
    String marker;

    @BeforeAll
    void publishedItems() {
        marker = Publications.marker();
        publications.publishedAnnouncement(REVIEWER.user(), marker + " 关于开展培育库企业年度数据填报的通知");
        announcement = publications.publishedAnnouncement(REVIEWER.user(),
                marker + " 关于 2027 年 4 月 30 日前完成培育库梯队动态调整的提醒");
        policy = publications.publishedPolicy(REVIEWER.user(), marker + " 关于进一步完善研发费用税前加计扣除政策的公告",
                "研发费用", "加计扣除");
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void anAnonymousVisitorReadsAnnouncementsAndPoliciesOnADesktopAndAPhone() throws IOException {
        portal.open("/announcements?q=" + marker);
        portal.awaitText("动态调整的提醒");
        shots("announcements");
        portal.find(By.linkText(announcement.titleZh())).click();
        portal.awaitText("第二段。");
        shots("announcement");
        portal.open("/policies?tag=加计扣除");
        portal.awaitText("加计扣除政策的公告");
        shots("policies");
        portal.open("/policies/" + policy.id());
        portal.awaitText("筑府办函〔2022〕24号");
        shots("policy");
        portal.open("/policies/" + policy.id() + "?lang=en");
        portal.awaitText("Download the PDF");
        shots("policy-en");
        portal.open("/?lang=zh-CN");
        portal.awaitText("最新通知公告");
        shots("home-anonymous");
    }

    @Test
    @Order(2)
    void aReviewerDraftsAnAnnouncementWithTheKeyboardAndPublishesIt() throws IOException {
        portal.signIn("reviewer", "/reviewer/announcements/new");
        portal.find(By.cssSelector("form.publication-form button[type=submit]")).sendKeys(Keys.ENTER);
        portal.awaitText("此项为必填项");
        shots("announcement-form-errors");
        assertThat(portal.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");

        String title = marker + " 关于征集科技金融项目路演企业的通知";
        portal.find(By.id("f-titleZh")).sendKeys(title);
        portal.find(By.id("f-category")).sendKeys("活动通知");
        portal.find(By.id("f-bodyZh")).sendKeys("区科技局、区金融办举办科技金融项目路演。", Keys.ENTER, Keys.ENTER,
                "请于路演前一周报名。");
        portal.find(By.cssSelector("form.publication-form button[type=submit]")).sendKeys(Keys.ENTER);
        portal.awaitText("这是草稿");
        shots("announcement-draft");
        portal.find(By.xpath("//form[contains(@action,'/publication')]//button")).sendKeys(Keys.ENTER);
        portal.awaitText("已发布，所有访客现在都能看到");
        shots("announcement-published");
        portal.open("/announcements");
        shots("announcements-reviewer");
        portal.open("/reviewer/policies/new");
        shots("policy-form");
    }

    /** The page at 1280 and at 390 px, which must not scroll sideways. */
    private void shots(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (int width : List.of(1280, 390)) {
            portal.driver().manage().window().setSize(new Dimension(width, 1000));
            portal.waitUpTo(Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
            Files.write(SCREENSHOTS.resolve("publication-" + name + "-" + width + ".png"),
                    ((TakesScreenshot) portal.driver()).getScreenshotAs(OutputType.BYTES));
            @SuppressWarnings("unchecked")
            List<Long> widths = (List<Long>) ((JavascriptExecutor) portal.driver()).executeScript(
                    "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
            assertThat(widths.get(0)).as("the width of %s at %d px", name, width).isLessThanOrEqualTo(widths.get(1));
        }
        portal.driver().manage().window().setSize(new Dimension(1280, 1000));
        portal.assertNothingFound();
    }
}
