package cn.baiyun.hte.roadshow.web;

import java.util.List;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.roadshow.RoadshowStatus;
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
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a member of two firms who signs up without choosing one is asked to choose, on the form;
 * an organiser's rejection without a reason is told on that firm's row; and cancelling the event, a red button,
 * asks first (a script of the page's own, no inline handler, under the Content-Security-Policy) and cancels
 * only when the organiser agrees.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganiserDecisionsBrowserTest {

    static final Principals CLAIMANT = Principals.realmUser("00000000-0000-4000-8000-000000000013", "claimant",
            PortalRole.ENTERPRISE);
    static final String TITLE = "浏览器审核路演";

    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFirms firms;

    PortalBrowser portal;
    Roadshow event;
    Roadshow open;

    @BeforeAll
    void anEventNeedingApprovalAndAMemberOfTwoFirms() {
        firms.approvedFirm(CLAIMANT, "浏览器双企业甲有限公司");
        firms.approvedFirm(CLAIMANT, "浏览器双企业乙有限公司");
        Roadshow draft = roadshows.create(PageFixtures.ORGANISER.user(), PageFixtures.roadshowForm(TITLE, 2, true))
                .block(PageFixtures.TIMEOUT);
        event = roadshows.publish(PageFixtures.ORGANISER.user(), draft.id()).block(PageFixtures.TIMEOUT);
        Principals member = Principals.firmUser("browser-pending");
        new PageFixtures(roadshows, registrations).register(member, event.id(),
                firms.approvedFirm(member, "浏览器待审科技有限公司"));
        open = new PageFixtures(roadshows, registrations).published("浏览器双企业路演", 3);
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void aMemberOfTwoFirmsIsAskedWhichOneSignsUp() {
        portal.signIn("claimant", "/roadshows/" + open.id() + "/sign-up");
        portal.find(By.id("f-projectName")).sendKeys("双企业项目");
        portal.find(By.id("f-summary")).sendKeys("工业视觉检测");
        portal.find(By.id("f-financingSought")).sendKeys("2,000,000");
        portal.find(By.id("f-useOfFunds")).sendKeys("研发");
        portal.find(By.id("f-attendees-0-name")).sendKeys("赵强");
        portal.find(By.id("f-attendees-0-role")).sendKeys("总经理");
        portal.find(By.id("f-attendees-0-mobile")).sendKeys("13800138000");
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("存在以下问题");

        assertThat(portal.find(By.id("error-summary")).getText()).contains("请选择以哪家企业报名");
        assertThat(portal.find(By.id("f-firm-error")).getText()).contains("请选择以哪家企业报名");
        assertThat(portal.find(By.id("f-firm")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(portal.find(By.id("f-projectName")).getAttribute("value")).isEqualTo("双企业项目");
        portal.signOut();
    }

    @Test
    void aRejectionWithoutReasonIsToldOnItsRowAndCancellingTheEventAsksFirst() {
        portal.signIn("reviewer", "/organise/roadshows/" + event.id());
        portal.find(By.xpath("//form[contains(@action,'/reject')]//button")).click();
        portal.awaitText("存在以下问题");
        assertThat(portal.find(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#f-decisionReason");
        assertThat(portal.find(By.id("f-decisionReason-error")).getText()).contains("审核意见");
        assertThat(portal.find(By.xpath("//form[contains(@action,'/reject')]//input[@name='reason']")).getAttribute("id"))
                .isEqualTo("f-decisionReason");

        By cancel = By.xpath("//form[contains(@action,'/cancel')]//button");
        assertThat(portal.find(cancel).getCssValue("background-color")).isEqualTo("rgba(212, 53, 28, 1)");
        portal.find(By.id("f-reason")).sendKeys("场地临时调整");
        // The reader's answer stands in for the browser's own dialog (which the driver would dismiss itself).
        answerConfirmations(false);
        portal.find(cancel).click();
        assertThat(asked()).singleElement().asString().contains("确定要取消这场活动吗");
        assertThat(status()).isEqualTo(RoadshowStatus.PUBLISHED);

        answerConfirmations(true);
        portal.find(cancel).click();
        portal.awaitText("活动已取消，已通知所有报名企业。");
        assertThat(status()).isEqualTo(RoadshowStatus.CANCELLED);
        portal.signOut();
    }

    /** Replaces the page's confirmation dialog with this answer, noting what it asked. */
    private void answerConfirmations(boolean yes) {
        ((JavascriptExecutor) portal.driver()).executeScript("window.asked = window.asked || [];"
                + " window.confirm = function (question) { window.asked.push(question); return " + yes + "; };");
    }

    private List<?> asked() {
        return (List<?>) ((JavascriptExecutor) portal.driver()).executeScript("return window.asked;");
    }

    private RoadshowStatus status() {
        return roadshows.find(PageFixtures.ORGANISER.user(), event.id()).block(PageFixtures.TIMEOUT).status();
    }
}
