package cn.baiyun.hte.filing;

import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Returning a filing tells the firm's members how many sections to change, with a link to the filing. */
@PortalIntegrationTest
class ReturnNoticeTest {

    @Autowired
    WebTestClient web;
    @Autowired
    FilingPageFixtures filings;
    @Autowired
    TestFirms firms;

    @Test
    void theFirmsMembersAreToldWithALinkToTheFiling() {
        Principals member = Principals.firmUser("member");
        String firm = firms.approvedFirm(member, "退回消息测试企业");

        filings.returned(member, firm, Map.of(FilingSection.STAFF, "请核对科技人员人数",
                FilingSection.RD_SPEND, "请补充研发费用辅助账"));

        int year = filings.year();
        String link = "/firms/" + firm + "/filings/" + year;
        web.mutateWith(member.bearer()).get().uri("/api/v1/me/notices").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].type").isEqualTo("filing.returned")
                .jsonPath("$.items[0].text").isEqualTo(year + " 年度的年度填报被退回修改：2 个部分需要按审核意见修改，改好后请重新提交。")
                .jsonPath("$.items[0].link").isEqualTo(link);
        web.mutateWith(member.session()).get().uri(link).exchange().expectStatus().isOk();
    }
}
