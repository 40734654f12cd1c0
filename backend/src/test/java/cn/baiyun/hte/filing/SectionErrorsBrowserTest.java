package cn.baiyun.hte.filing;

import java.time.Duration;

import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly staff table in a real browser, which posts every input of the page: a count that cannot be
 * read and a count that breaks the rules are shown together, each named by its month and column, in the
 * summary and at the cell, with what was typed; the summary's link takes the reader to the cell; once
 * corrected, the rows are saved.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SectionErrorsBrowserTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    TestFirms firms;
    @Autowired
    FilingService filings;

    FirmADraftInBrowser draft;
    PortalBrowser portal;
    String firm;
    String staffPage;

    @BeforeAll
    void firmAWithADraft() {
        draft = FirmADraftInBrowser.start(firms, filings, "浏览器逐项报错测试有限公司", FilingApiTest.YEAR);
        portal = draft.portal();
        firm = draft.firm();
        staffPage = draft.page("filings/" + FilingApiTest.YEAR + "/staff");
    }

    @AfterAll
    void closeBrowser() {
        if (draft != null) {
            draft.close();
        }
    }

    @Test
    void anUnreadableCountAndAnInvalidOneAreShownTogetherNamedByTheirMonths() {
        portal.signIn("firm-a", staffPage);
        portal.find(By.cssSelector("input[name='staff.mode'][value='MONTHLY']")).click();
        month(2, "10", "十", "2", "2");
        month(5, "10", "10", "2", "11");
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("存在以下问题");

        WebElement summary = portal.find(By.className("error-summary"));
        assertThat(summary.getText()).contains("3 月 职工总数（月末）：请输入整数")
                .contains("6 月 科技人员（月末）：科技人员数不能大于职工总数");
        assertThat(portal.find(By.id("f-staff-months-2-totalEnd")).getAttribute("value")).isEqualTo("十");
        assertThat(portal.find(By.id("f-staff-months-2-totalEnd-error")).getText()).contains("请输入整数");
        assertThat(portal.find(By.id("f-staff-months-5-scienceAndTechnologyEnd")).getAttribute("value"))
                .isEqualTo("11");
        assertThat(filings.find(FirmADraftInBrowser.FIRM_A.user(), firm, FilingApiTest.YEAR).block(TIMEOUT).content().staff()).isNull();

        summary.findElement(By.cssSelector("a[href='#f-staff-months-2-totalEnd']")).click();
        assertThat(portal.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("f-staff-months-2-totalEnd");

        type("f-staff-months-2-totalEnd", "10");
        type("f-staff-months-5-scienceAndTechnologyEnd", "2");
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("已保存。");
        Staff saved = filings.find(FirmADraftInBrowser.FIRM_A.user(), firm, FilingApiTest.YEAR).block(TIMEOUT).content().staff();
        assertThat(saved.months()).containsExactly(new StaffMonth(3, 10, 10, 2, 2), new StaffMonth(6, 10, 10, 2, 2));
    }

    private void month(int row, String totalBegin, String totalEnd, String stBegin, String stEnd) {
        String p = "f-staff-months-" + row + "-";
        type(p + "totalBegin", totalBegin);
        type(p + "totalEnd", totalEnd);
        type(p + "scienceAndTechnologyBegin", stBegin);
        type(p + "scienceAndTechnologyEnd", stEnd);
    }

    private void type(String id, String text) {
        WebElement input = portal.find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
