package cn.baiyun.hte.pool.board;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Publishing a firm's tier feedback tells its members, with a link to that year's feedback. */
@PortalIntegrationTest
class PublicationNoticeTest {

    static final int YEAR = 2081;

    @Autowired
    WebTestClient web;
    @Autowired
    TestPool pool;
    @Autowired
    TestFirms firms;
    @Autowired
    PoolService service;

    @Test
    void theFirmsMembersAreToldWithALinkToTheFeedback() {
        Principals member = Principals.firmUser("member");
        String firm = firms.approvedFirm(member, "反馈消息测试企业");
        pool.cycle(YEAR);
        pool.assessedFor(YEAR, firm, "反馈消息测试企业", TierResult.TIER_2, "1.1.1");

        service.publish(Principals.reviewer().user(), YEAR, firm, "请重点补齐科技人员占比。").block(TestPool.TIMEOUT);

        String link = "/firms/" + firm + "/feedback/" + YEAR;
        web.mutateWith(member.bearer()).get().uri("/api/v1/me/notices").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].type").isEqualTo("pool.tier.published")
                .jsonPath("$.items[0].text").isEqualTo("区科技局发布了 " + YEAR + " 年度的培育反馈，请查看并确认。")
                .jsonPath("$.items[0].link").isEqualTo(link);
        web.mutateWith(member.bearer()).get().uri("/api/v1/me/notices").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange().expectBody().jsonPath("$.items[0].text")
                .isEqualTo("The bureau published your tier feedback for " + YEAR + ": read it and acknowledge it.");
        web.mutateWith(member.session()).get().uri(link).exchange().expectStatus().isOk();
    }
}
