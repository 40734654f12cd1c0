package cn.baiyun.hte.pool.board;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.referral.ReferralItem;
import cn.baiyun.hte.referral.ReferralRequest;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A referring department's home page learns a firm's tier when the firm does, at publication: the proposal and
 * the bureau's decision before it are the bureau's own work, which the reviewers' standings keep showing.
 */
@PortalIntegrationTest
class DepartmentStandingTest {

    static final int YEAR = 2083;
    static final String FIRM = "梯队发布前后测试公司";

    @Autowired
    WebTestClient web;
    @Autowired
    TestPool pool;
    @Autowired
    PoolService service;
    @Autowired
    PoolOverview overview;
    @Autowired
    ReferralService referrals;

    final Principals officer = Principals.department("发改局-" + UUID.randomUUID().toString().substring(0, 8));
    final Principals reviewer = Principals.reviewer();

    @Test
    void anOfficersHomeShowsTheTierOnlyOncePublished() {
        ReferralItem referral = referrals.refer(officer.user(), new ReferralRequest(TestFirms.newUscc(), FIRM,
                "发改局重点项目企业", null)).block(TestPool.TIMEOUT);
        String firm = referral.enterpriseId();
        pool.cycle(YEAR);
        PoolEntry proposed = pool.assessedFor(YEAR, firm, FIRM, TierResult.TIER_2, "1.1.1");

        assertThat(officersRow()).contains(YEAR + " 年度培育周期", "已评价，待确定").doesNotContain("梯队（");
        assertThat(tierFor(officer)).isNull();
        assertThat(tierFor(reviewer)).isEqualTo(TierResult.TIER_2);

        pool.decided(proposed, TierResult.TIER_1, Instant.now());
        assertThat(officersRow()).contains("已确定，未向企业发布").doesNotContain("梯队（");
        assertThat(tierFor(officer)).isNull();
        assertThat(tierFor(reviewer)).isEqualTo(TierResult.TIER_1);

        service.publish(reviewer.user(), YEAR, firm, "请按第一梯队准备当年申报。").block(TestPool.TIMEOUT);
        assertThat(officersRow()).contains("第一梯队（当年申报）", "已发布，企业未确认");
        assertThat(tierFor(officer)).isEqualTo(TierResult.TIER_1);

        // Decided again after publication: the department keeps reading what the firm reads.
        pool.decided(pool.reload(proposed), TierResult.TIER_3, Instant.now());
        assertThat(officersRow()).contains("第一梯队（当年申报）").doesNotContain("第三梯队");
        assertThat(tierFor(officer)).isEqualTo(TierResult.TIER_1);
        assertThat(tierFor(reviewer)).isEqualTo(TierResult.TIER_3);
    }

    private TierResult tierFor(Principals who) {
        String firm = referrals.latest(officer.user(), 1).blockFirst(TestPool.TIMEOUT).enterpriseId();
        return overview.standings(who.user(), List.of(firm)).single().block(TestPool.TIMEOUT).tier();
    }

    /** The firm's row of the referrals table on the officer's home page. */
    private String officersRow() {
        String page = web.mutateWith(officer.session()).get().uri("/").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        int row = page.indexOf(FIRM);
        assertThat(row).as("the referred firm on the home page").isPositive();
        return page.substring(row, page.indexOf("</tr>", row));
    }
}
