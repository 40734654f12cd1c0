package cn.baiyun.hte.roadshow.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationStatus;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.mail.TestMailServer.ReceivedMail;
import cn.baiyun.hte.support.e2e.EndToEndMail;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-seat roadshow in a real browser through the real Keycloak: the reviewer publishes it; firm A signs
 * up, is confirmed and downloads the calendar file; firm B is waitlisted; A cancels; B is promoted and sees
 * it on its page with its check-in code and in the mail the test mail server received; the reviewer checks B in by that code at the door and downloads
 * the participants workbook, which holds B.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoadshowJourneyBrowserTest {

    static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    static final Principals FIRM_B = Principals.realmUser("00000000-0000-4000-8000-000000000012", "firm-b",
            PortalRole.ENTERPRISE);
    static final String FIRM_B_ADDRESS = "firm-b@demo.hte.example";
    static final String TITLE = "浏览器一席路演";
    static final String NAME_A = "浏览器路演甲科技有限公司";
    static final String NAME_B = "浏览器路演乙科技有限公司";

    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    TestFirms firms;

    PortalBrowser portal;
    Roadshow event;
    String firmA;
    String firmB;

    @BeforeAll
    void aDraftWithOneSeatAndTwoFirms() {
        firmA = firms.approvedFirm(FIRM_A, NAME_A);
        firmB = firms.approvedFirm(FIRM_B, NAME_B);
        event = new PageFixtures(roadshows, registrations).draft(TITLE, 1);
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void publishSignUpWaitCancelPromoteCheckInExport() throws IOException {
        portal.signIn("reviewer", "/organise/roadshows/" + event.id());
        portal.find(By.xpath("//form[contains(@action,'/publish')]//button")).click();
        portal.awaitText("活动已发布。");
        portal.signOut();

        signUp("firm-a", firmA);
        portal.awaitText("报名已提交。");
        assertThat(portal.find(By.tagName("main")).getText()).contains("已确认", NAME_A);
        portal.find(By.xpath("//a[contains(@href,'.ics')]")).click();
        String calendar = Files.readString(portal.downloaded("roadshow-" + event.id() + ".ics"), StandardCharsets.UTF_8);
        assertThat(calendar).contains("BEGIN:VEVENT", "SUMMARY:" + TITLE, "TZID:Asia/Shanghai");
        portal.signOut();

        signUp("firm-b", firmB);
        portal.awaitText("报名已提交。");
        assertThat(portal.find(By.tagName("main")).getText()).contains("候补中", "候补第 1 位");
        portal.signOut();

        RegistrationView a = registrations.ofFirm(FIRM_A.user(), event.id(), firmA).block(PageFixtures.TIMEOUT);
        portal.signIn("firm-a", "/roadshows/" + event.id() + "/registrations/" + a.registration().id());
        portal.find(By.xpath("//a[contains(@href,'/cancel')]")).click();
        portal.find(By.xpath("//form[contains(@action,'/cancel')]//button")).click();
        portal.awaitText("报名已取消。");
        portal.signOut();

        RegistrationView b = registrations.ofFirm(FIRM_B.user(), event.id(), firmB).block(PageFixtures.TIMEOUT);
        assertThat(b.registration().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        portal.waitUpTo(Duration.ofSeconds(30)).until(page -> promotionMail().isPresent());
        assertThat(promotionMail().orElseThrow().text()).contains(TITLE);
        portal.signIn("firm-b", "/roadshows/" + event.id() + "/registrations/" + b.registration().id());
        String page = portal.find(By.tagName("main")).getText();
        assertThat(page).contains("已确认", b.registration().checkInCode()).doesNotContain("候补第");
        assertThat(portal.find(By.cssSelector(".qr svg")).getAttribute("aria-label")).contains(b.registration().checkInCode());
        String code = portal.find(By.cssSelector(".check-in-text")).getText();
        portal.open("/");
        assertThat(portal.find(By.cssSelector(".roadshow-registrations")).getText()).contains(TITLE, "已确认");
        portal.signOut();

        portal.signIn("reviewer", "/organise/roadshows/" + event.id());
        portal.find(By.id("f-code")).sendKeys(code);
        portal.find(By.xpath("//form[contains(@action,'/check-in')]//button")).click();
        portal.awaitText("已签到");
        portal.find(By.xpath("//a[contains(@href,'participants.xlsx')]")).click();
        String day = DateTimeFormatter.ISO_LOCAL_DATE.format(event.startsAtLocal());
        assertThat(sheetText(portal.downloaded("roadshow-" + day + "-participants.xlsx")))
                .contains(NAME_B, "已确认").doesNotContain(NAME_A);
    }

    /** The mail that tells firm B's member (who signed in, so the portal knows the address) of the free seat. */
    private static Optional<ReceivedMail> promotionMail() {
        return EndToEndMail.SERVER.receivedBy(FIRM_B_ADDRESS).stream()
                .filter(mail -> mail.text().contains("有名额空出")).findFirst();
    }

    private void signUp(String username, String firm) {
        portal.signIn(username, "/roadshows/" + event.id() + "/sign-up?firm=" + firm);
        portal.find(By.id("f-projectName")).sendKeys("智能视觉检测");
        portal.find(By.id("f-summary")).sendKeys("面向制造业的视觉检测设备");
        portal.find(By.id("f-financingSought")).sendKeys("3,000,000");
        new Select(portal.find(By.id("f-stage"))).selectByValue("SERIES_A");
        portal.find(By.id("f-useOfFunds")).sendKeys("扩大产能");
        portal.find(By.id("f-attendees-0-name")).sendKeys("张三");
        portal.find(By.id("f-attendees-0-role")).sendKeys("总经理");
        portal.find(By.id("f-attendees-0-mobile")).sendKeys("13800138000");
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
    }

    /** The first sheet's cells, a line per row. */
    private static String sheetText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            StringBuilder text = new StringBuilder();
            for (Row row : book.getSheetAt(0)) {
                row.forEach(cell -> text.append(cell).append('|'));
                text.append('\n');
            }
            return text.toString();
        }
    }
}
