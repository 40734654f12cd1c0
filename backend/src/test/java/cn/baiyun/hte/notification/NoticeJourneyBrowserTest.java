package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndMail;
import cn.baiyun.hte.support.e2e.EndToEndPorts;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import cn.baiyun.hte.support.mail.TestMailServer.ReceivedMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice in a real browser through the real Keycloak: firm A's filing is returned before its member ever
 * signed in; signing in remembers the address of the Keycloak account, so the mail that waited for it goes
 * out to the test mail server; the header counts the notice, the list shows it, and opening it marks it read
 * and leads to the filing.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticeJourneyBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    static final String FIRM_A_ADDRESS = "firm-a@demo.hte.example";

    @Autowired
    TestFirms firms;
    @Autowired
    TestNotices notices;
    @Autowired
    FilingService filings;
    @Autowired
    Clock clock;

    PortalBrowser portal;
    String firm;
    int year;

    @BeforeAll
    void aReturnedFilingBeforeTheFirstSignIn() {
        year = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).getYear() - 1;
        firm = firms.approvedFirm(FIRM_A, "浏览器消息测试科技有限公司");
        filings.create(FIRM_A.user(), firm, year).block(TestNotices.TIMEOUT);
        notices.deliver(notices.returned(firm, year));
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void theMemberIsMailedAtSignInAndReadsTheNoticeInThePortal() {
        portal.signIn("firm-a", "/notices");

        portal.waitUpTo(Duration.ofSeconds(20))
                .until(page -> !EndToEndMail.SERVER.receivedBy(FIRM_A_ADDRESS).isEmpty());
        ReceivedMail mail = EndToEndMail.SERVER.receivedBy(FIRM_A_ADDRESS).get(0);
        assertThat(mail.subject()).isEqualTo("【高新技术企业培育平台】" + year + " 年度的年度填报被退回修改");
        assertThat(mail.text()).contains(EndToEndPorts.APP_URL + "/firms/" + firm + "/filings/" + year);

        assertThat(portal.find(By.cssSelector("a.notices-link")).getAttribute("aria-label")).isEqualTo("消息，1 条未读");
        assertThat(portal.find(By.tagName("h1")).getText()).isEqualTo("我的消息");
        portal.find(By.linkText(year + " 年度的年度填报被退回修改：1 个部分需要按审核意见修改，改好后请重新提交。")).click();

        portal.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(
                EndToEndPorts.APP_URL + "/firms/" + firm + "/filings/" + year));
        assertThat(portal.find(By.cssSelector("a.notices-link")).getAttribute("aria-label")).isNull();
        assertThat(portal.find(By.cssSelector("a.notices-link")).getText()).isEqualTo("消息");
    }
}
