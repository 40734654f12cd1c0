package cn.baiyun.hte.guide;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The guide, open without signing in, and the header and footer every page shares. */
@PortalIntegrationTest
class GuidePageTest {

    @Autowired
    WebTestClient web;

    @Test
    void anyoneReadsEachTaskInChineseOrEnglish() {
        String chinese = page(web, "/guide");
        assertThat(chinese).contains("lang=\"zh-CN\"", "<h1>办事指南</h1>", "认领企业", "维护企业档案",
                "年度填报、审核与退回", "知识产权、科技成果与佐证材料", "培育反馈与梯队", "自查", "千企面对面走访",
                "推荐入库（合作部门）", "办理人：合作部门", "第一梯队（当年申报）", "href=\"#self-check\"",
                "id=\"self-check\"");

        String english = page(web, "/guide?lang=en");
        assertThat(english).contains("lang=\"en\"", "<h1>Guide</h1>", "Claim a firm", "Annual filing, review and returns",
                "Tier feedback and tiers", "Self-check", "Referrals (partner departments)", "Who: firm users",
                "Tier 1 (apply this year)").doesNotContain("guide.");
    }

    @Test
    void theFooterTellsHowToReachTheBureauAndTheApiDocumentationIsThereNotInTheMenu() {
        String home = page(web.mutateWith(Principals.reviewer().session()), "/");
        String menu = home.substring(home.indexOf("class=\"main-nav\""), home.indexOf("</nav>", home.indexOf("class=\"main-nav\"")));
        String footer = home.substring(home.indexOf("<footer"));

        assertThat(menu).contains("href=\"/reviewer/cycles\"").doesNotContain("swagger-ui");
        assertThat(footer).contains("白云区科学技术局", "服务热线", "href=\"tel:0851-80000000\"", "办公时间",
                "工作日 9:00–12:00", "href=\"/swagger-ui.html\"", "开放接口文档", "href=\"/guide\"");
        assertThat(home.substring(0, home.indexOf("<main"))).contains("href=\"/guide\"", "白云区科学技术局");
    }

    private static String page(WebTestClient client, String path) {
        return client.get().uri(path).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
