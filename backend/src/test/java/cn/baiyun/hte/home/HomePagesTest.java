package cn.baiyun.hte.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.enterprise.EnterpriseSearch;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each role's home page on the demo data (the same context as the demo data's own tests): what a firm
 * should do next, what waits for the bureau, a department's referrals with where the firms stand, and
 * the platform's state; nobody sees another firm's or another department's business there.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class HomePagesTest {

    static final String FIRM_A = "贵阳白云智造科技有限公司";
    static final String FIRM_B = "贵州云数信息技术有限公司";

    @Autowired
    WebTestClient web;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    PoolOverview pool;
    @Autowired
    FilingService filings;
    @Autowired
    CoachingService coaching;
    @Autowired
    ReferralService referrals;

    final int year = LocalDate.now(ClockConfiguration.ZONE).getYear();

    @Test
    void firmAIsAskedToAcknowledgeItsFeedbackAndSeesItsFollowUps() {
        String firmA = firmId("91520113MA6J8XY1AX");

        String page = home(realm("00000000-0000-4000-8000-000000000011", "firm-a", PortalRole.ENTERPRISE, null), "");

        LocalDate planned = LocalDate.now(ClockConfiguration.ZONE).plusDays(14);
        assertThat(page).contains(FIRM_A, year + " 年度培育反馈已发布，请阅读并确认",
                        "已安排面对面服务：" + planned + "，辅导内容：研发费用归集、知识产权申报",
                        "href=\"/firms/" + firmA + "/feedback/" + year + "\"", "面对面服务", "已逾期的跟进事项：",
                        "href=\"/firms/" + firmA + "/coaching\"")
                .doesNotContain(FIRM_B, "待办工作", "平台状态");
        assertThat(home(realm("00000000-0000-4000-8000-000000000011", "firm-a", PortalRole.ENTERPRISE, null),
                "?lang=en")).contains("Planned coaching visit: " + planned
                + ", on R&amp;D expense collection, IP applications");
    }

    @Test
    void firmBIsAskedToCorrectItsReturnedFilingInEitherLanguage() {
        String firmB = firmId("91520113MA6J8XY2B2");
        int returned = year - 2;
        PortalUser member = realm("00000000-0000-4000-8000-000000000012", "firm-b", PortalRole.ENTERPRISE, null);

        assertThat(home(member, "")).contains(FIRM_B, returned + " 年度填报被退回，请按审核意见修改后重新提交",
                "href=\"/firms/" + firmB + "/filings/" + returned + "\"").doesNotContain(FIRM_A, "培育反馈已发布");
        assertThat(home(member, "?lang=en")).contains("The filing of " + returned + " was returned");
    }

    @Test
    void aFirmsHomeLinksTheHteSelfCheckAndTheTechSmeSelfCheckSideBySide() {
        String firmB = firmId("91520113MA6J8XY2B2");
        PortalUser member = realm("00000000-0000-4000-8000-000000000012", "firm-b", PortalRole.ENTERPRISE, null);

        assertThat(home(member, "")).contains("<a href=\"/firms/" + firmB + "/self-check\">自查</a> ·",
                "<a href=\"/firms/" + firmB + "/tech-sme-check\">科技型中小企业自评</a>");
        assertThat(home(member, "?lang=en")).contains(">Self-check</a>", ">Tech-based SME check</a>");
    }

    @Test
    void theClaimantSeesItsClaimWaiting() {
        String page = home(realm("00000000-0000-4000-8000-000000000013", "claimant", PortalRole.ENTERPRISE, null), "");

        assertThat(page).contains("您对“贵阳白云新材料科技有限公司”的认领正在等待区科技局审核", "href=\"#my-claims\"",
                "id=\"my-claims\"");
    }

    @Test
    void theReviewersQueueCountsWhatWaitsAndLinksToIt() {
        String page = home(realm("00000000-0000-4000-8000-000000000001", "reviewer", PortalRole.REVIEWER, null), "");

        assertThat(page).contains("待办工作", "待审核的企业认领：", "href=\"/reviewer/claims\"",
                "已逾期的跟进事项：", "href=\"/reviewer/coaching\"")
                // The demo's cycle of this year is complete and recommended: none of its deadlines waits.
                .doesNotContain("我的企业", "平台状态", "href=\"/reviewer/cycles/" + year + "\"");
    }

    @Test
    void anOfficerFollowsItsDepartmentsReferralsAndWhereTheFirmsStand() {
        String page = home(realm("00000000-0000-4000-8000-000000000002", "officer-gxj", PortalRole.DEPARTMENT, "工信局"),
                "");

        assertThat(page).contains("工信局", "本部门最近的推荐", FIRM_B, "已核实", year + " 年度培育周期", "数据不足",
                "href=\"/referrals\"");
        assertThat(home(Principals.department("住建局").user(), "")).contains("本部门尚未推荐企业。")
                .doesNotContain(FIRM_B);
    }

    @Test
    void anOfficerLearnsWhereOnlyItsOwnDepartmentsReferralsStand() {
        String firmA = firmId("91520113MA6J8XY1AX");
        String firmB = firmId("91520113MA6J8XY2B2");
        PortalUser industry = Principals.department("工信局").user();

        assertThat(pool.standings(industry, List.of(firmA, firmB)).collectList().block())
                .extracting(PoolOverview.Standing::enterpriseId).containsExactly(firmB);
        assertThat(pool.standings(Principals.department("住建局").user(), List.of(firmA, firmB)).collectList().block())
                .isEmpty();
    }

    @Test
    void theOperatorSeesThePlatformsHealthCountsAndLatestChanges() {
        PortalUser admin = realm("00000000-0000-4000-8000-000000000003", "admin", PortalRole.ADMIN, null);

        // The latest changes are whatever the demo data did last (roadshows, announcements …), by their actor.
        assertThat(home(admin, "")).contains("平台状态", "平台运行正常。", "数据库", "正常", "其中已核实",
                        "待审核的认领", "最近的变更", "<td>王审核", "href=\"/swagger-ui.html\"")
                .doesNotContain("待办工作", "我的企业");
        assertThat(home(admin, "?lang=en")).contains("The platform is running normally.", "Database");
    }

    @Test
    void theCountsBehindTheQueueAndThePlatformStateAreNotAFirmsToRead() {
        PortalUser firmUser = Principals.firmUser("counts").user();

        assertThatThrownBy(() -> enterprises.counts(firmUser).block()).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> filings.count(firmUser, null).block()).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> coaching.overdueFollowUps(firmUser).block()).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> referrals.latest(firmUser, 5).collectList().block()).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> pool.standings(firmUser, List.of("any")).collectList().block())
                .isInstanceOf(PortalException.class);
    }

    private String home(PortalUser user, String query) {
        return web.mutateWith(new Principals(user).session()).get().uri("/" + query).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static PortalUser realm(String id, String username, PortalRole role, String department) {
        return new PortalUser(id, username, username, Set.of(role), department, Set.of(), false);
    }

    private String firmId(String uscc) {
        return enterprises.search(Principals.reviewer().user(), new EnterpriseSearch(null, uscc, null, null, null, null, null))
                .block().items().get(0).id();
    }
}
