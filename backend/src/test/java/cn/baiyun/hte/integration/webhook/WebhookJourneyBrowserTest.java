package cn.baiyun.hte.integration.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.EndToEndTest;
import cn.baiyun.hte.support.e2e.PortalBrowser;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook in a real browser through the real Keycloak: the admin registers a local receiver for submitted
 * filings from the menu and copies the secret shown once; a firm submits its filing; the worker of the running
 * portal delivers the signed message, which verifies with that secret, and the admin sees it delivered in the
 * subscription's delivery log.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookJourneyBrowserTest {

    @Autowired
    TestFirms firms;
    @Autowired
    TestFilings filings;

    PortalBrowser portal;
    MockWebServer receiver;

    @BeforeAll
    void receiverAndBrowser() throws IOException {
        receiver = new MockWebServer();
        receiver.start(InetAddress.getByName("127.0.0.1"), 0);
        receiver.enqueue(new MockResponse.Builder().code(204).build());
        portal = PortalBrowser.start();
    }

    @AfterAll
    void closeAll() {
        if (portal != null) {
            portal.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void anAdminRegistersAReceiverAndSeesTheDeliveryOfASubmittedFiling() throws Exception {
        portal.signIn("admin", "/admin/webhooks");
        portal.find(By.linkText("登记 Webhook")).click();
        portal.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "登记 Webhook"));
        WebElement url = portal.find(By.id("f-url"));
        url.clear();
        url.sendKeys("http://127.0.0.1:" + receiver.getPort() + "/hte-hooks");
        portal.find(By.id("f-description")).sendKeys("浏览器测试接收端");
        portal.find(By.xpath("//label[contains(., '年度填报已提交')]")).click();
        portal.find(By.xpath("//main//form//button[@type='submit']")).click();
        portal.awaitText("Webhook 已登记");
        String secret = portal.find(By.id("secret")).getText();
        assertThat(secret).startsWith("whsec_");
        portal.find(By.linkText("查看订阅和投递记录")).click();
        portal.awaitText("还没有投递记录。");

        Principals member = Principals.firmUser("hook-firm");
        String firm = firms.approvedFirm(member, "浏览器推送测试科技有限公司");
        filings.accepted(member, firm, LocalDate.now().getYear() - 1, 30_000_000, 2_000_000, 100, 20);

        portal.waitUpTo(Duration.ofSeconds(60)).until(page -> {
            page.navigate().refresh();
            return page.getPageSource().contains("已送达");
        });
        assertThat(portal.find(By.cssSelector("table.delivery-log tbody")).getText())
                .contains("年度填报已提交").contains("已送达").contains("HTTP 204").doesNotContain("年度填报已通过审核");

        RecordedRequest request = receiver.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/hte-hooks");
        assertThat(StandardWebhooksVerifier.verifies(secret, request.getHeaders().get("webhook-id"),
                request.getHeaders().get("webhook-timestamp"), request.getHeaders().get("webhook-signature"),
                request.getBody().utf8(), Instant.now())).isTrue();
        assertThat(request.getBody().utf8()).contains("\"type\":\"filing.submitted\"").contains(firm);
    }
}
