package cn.baiyun.hte.referral;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import cn.baiyun.hte.pool.cycle.CycleDates;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser through the real Keycloak: 工信局's officer imports a CSV list with one bad row and reads
 * the report as it completes; the reviewer finds the referring-department filter on the pool board and the
 * department's row in the joint meeting's count.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralImportBrowserTest {

    /** A past cycle's year (cycles may be opened from 2020) that no other test opens, so the board is there. */
    static final int BOARD_YEAR = 2022;

    @Autowired
    CycleService cycles;

    PortalBrowser portal;
    Path list;
    String goodUscc;

    @BeforeAll
    void aListWithOneBadRowAndABoard() throws IOException {
        goodUscc = TestFirms.newUscc();
        list = Files.createTempFile("referrals-", ".csv");
        Files.writeString(list, "统一社会信用代码,企业名称,推荐理由,联系人\r\n"
                + goodUscc + ",浏览器导入科技有限公司,智能制造,王经理\r\n"
                + "91520113ABC,代码有误的公司,,\r\n", StandardCharsets.UTF_8);
        cycles.open(Principals.reviewer().user(), BOARD_YEAR, CycleDates.defaultsFor(BOARD_YEAR))
                .onErrorResume(PortalException.class, error -> error.type() == ProblemType.CONFLICT
                        ? Mono.empty() : Mono.error(error))
                .block(Duration.ofSeconds(10));
        portal = PortalBrowser.start();
    }

    @AfterAll
    void cleanUp() throws IOException {
        if (portal != null) {
            portal.close();
        }
        Files.deleteIfExists(list);
    }

    @Test
    void anOfficerImportsAListAndReadsTheReportTheReviewerFiltersTheBoardByDepartment() {
        portal.signIn("officer-gxj", "/referrals/imports");
        portal.find(By.id("f-file")).sendKeys(list.toAbsolutePath().toString());
        portal.find(By.xpath("//form[@id='import-form']//button[@type='submit']")).click();
        portal.awaitText("导入报告");
        // The page follows the import by itself until it has finished.
        portal.waitUpTo(Duration.ofSeconds(30)).until(page -> page.findElement(By.id("import-progress")).getText()
                .contains("已完成"));
        String report = portal.find(By.tagName("main")).getText();
        assertThat(report).contains("已导入", "有错误").contains("A 列（统一社会信用代码）").contains("91520113ABC");
        assertThat(portal.find(By.id("count-accepted")).getText()).isEqualTo("1");
        assertThat(portal.find(By.id("count-invalid")).getText()).isEqualTo("1");
        assertThat(portal.find(By.id("import-problems")).getText()).contains("3");

        portal.open("/referrals");
        assertThat(portal.find(By.tagName("main")).getText()).contains("浏览器导入科技有限公司", goodUscc, "已接收");
        portal.signOut();

        portal.signIn("reviewer", "/reviewer/cycles/" + BOARD_YEAR);
        portal.find(By.id("f-department")).sendKeys("工信局");
        portal.find(By.xpath("//form[contains(@class,'filters')]//button[@type='submit']")).click();
        portal.waitUpTo(Duration.ofSeconds(20)).until(page -> page.getCurrentUrl().contains("department="));
        assertThat(portal.find(By.id("f-department")).getAttribute("value")).isEqualTo("工信局");

        portal.open("/referrals/counts");
        assertThat(portal.find(By.id("referral-counts")).getText()).contains("工信局");
    }
}
