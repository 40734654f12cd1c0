package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.coaching.CoachingTopic;
import cn.baiyun.hte.coaching.CoachingVisit;
import cn.baiyun.hte.coaching.FollowUp;
import cn.baiyun.hte.coaching.FollowUpStatus;
import cn.baiyun.hte.coaching.Party;
import cn.baiyun.hte.coaching.VisitDetails;
import cn.baiyun.hte.platform.security.PortalUser;
import reactor.core.publisher.Mono;

/**
 * The demo coaching visits, logged through the coaching service with the same rules as the pages, with
 * dates counted from today so that the demo always shows open follow-ups, overdue ones and done ones:
 * firm A's tier-1 visit and the one planned after it, and visits to pool firms on their tier's focus.
 */
final class DemoVisits {

    private final CoachingService coaching;
    private final Clock clock;

    DemoVisits(CoachingService coaching, Clock clock) {
        this.coaching = coaching;
        this.clock = clock;
    }

    /** A tier-1 coaching visit (R&D expense collection, application materials) three weeks ago. */
    Mono<CoachingVisit> seedTierOneVisit(PortalUser reviewer, String enterpriseId) {
        LocalDate visited = LocalDate.now(clock).minusDays(21);
        return coaching.logVisit(reviewer, enterpriseId, new VisitDetails(visited,
                List.of(reviewer.displayName(), "刘洋（区科技局高新科）"),
                List.of("李明（总经理）", "陈静（财务负责人）"),
                List.of(CoachingTopic.RD_EXPENSE_COLLECTION, CoachingTopic.APPLICATION_MATERIALS,
                        CoachingTopic.POLICY_EXPLANATION),
                "逐项核对近三年研发费用归集：人员人工费用按研发工时分摊，委托外部研发费用按 80% 计入；"
                        + "讲解高企申报材料清单与专项审计报告要求，介绍研发费用加计扣除政策。",
                List.of(new FollowUp(null, "按研发项目设立研发费用辅助账，补齐上一年度工时记录", Party.FIRM,
                                visited.plusDays(45), FollowUpStatus.OPEN, null, null),
                        new FollowUp(null, "整理知识产权证书与成果转化佐证材料，上传至佐证材料栏目", Party.FIRM,
                                visited.plusDays(14), FollowUpStatus.OPEN, null, null),
                        new FollowUp(null, "提供具备资质的研发费用专项审计机构名单", Party.BUREAU,
                                visited.plusDays(7), FollowUpStatus.DONE, visited.plusDays(3),
                                "已通过邮件发送三家机构的名单与联系方式。"))));
    }

    /**
     * The follow-up visit planned two weeks ahead, to check the R&D expense ledger agreed at the tier-1
     * visit: a plan names who goes and the topics, and is recorded once it took place.
     */
    Mono<CoachingVisit> seedPlannedVisit(PortalUser reviewer, String enterpriseId) {
        return coaching.logVisit(reviewer, enterpriseId, new VisitDetails(LocalDate.now(clock).plusDays(14),
                List.of(reviewer.displayName(), "刘洋（区科技局高新科）"), List.of("陈静（财务负责人）"),
                List.of(CoachingTopic.RD_EXPENSE_COLLECTION, CoachingTopic.IP_APPLICATIONS), null, List.of()));
    }

    /** A tier-2 visit on the R&D team and IP applications, two months ago; one follow-up overdue. */
    Mono<CoachingVisit> seedTierTwoVisit(PortalUser reviewer, String enterpriseId, String contact) {
        LocalDate visited = LocalDate.now(clock).minusDays(60);
        return coaching.logVisit(reviewer, enterpriseId, new VisitDetails(visited,
                List.of(reviewer.displayName()), List.of(contact + "（总经理）"),
                List.of(CoachingTopic.RD_TEAM, CoachingTopic.IP_APPLICATIONS),
                "企业科技人员占比略低于 10%，建议将在研项目的工艺工程师纳入研发团队并规范工时记录；"
                        + "梳理在研技术，年内提交两件发明专利申请。",
                List.of(new FollowUp(null, "制定研发人员扩充计划，补签研发岗位劳动合同", Party.FIRM,
                                visited.plusDays(30), FollowUpStatus.OPEN, null, null),
                        new FollowUp(null, "提交两件发明专利申请并上传受理通知书", Party.FIRM,
                                visited.plusDays(90), FollowUpStatus.OPEN, null, null),
                        new FollowUp(null, "对接知识产权服务机构开展专利挖掘", Party.BUREAU,
                                visited.plusDays(14), FollowUpStatus.DONE, visited.plusDays(10),
                                "已组织企业与两家知识产权代理机构座谈。"))));
    }

    /** A tier-3 visit on growth targets a week ago; its follow-ups are all ahead. */
    Mono<CoachingVisit> seedTierThreeVisit(PortalUser reviewer, String enterpriseId, String contact) {
        LocalDate visited = LocalDate.now(clock).minusDays(7);
        return coaching.logVisit(reviewer, enterpriseId, new VisitDetails(visited,
                List.of(reviewer.displayName()), List.of(contact + "（总经理）"),
                List.of(CoachingTopic.GROWTH_TARGETS, CoachingTopic.POLICY_EXPLANATION),
                "研发投入与科技人员占比均距认定条件较远，共同商定三年成长目标：研发投入占比逐年提高至 5%，"
                        + "组建研发部门；讲解研发费用加计扣除政策。",
                List.of(new FollowUp(null, "报送三年研发投入与人员增长计划", Party.FIRM,
                                visited.plusDays(30), FollowUpStatus.OPEN, null, null),
                        new FollowUp(null, "推荐参加区科技局研发费用加计扣除政策培训", Party.BUREAU,
                                visited.plusDays(21), FollowUpStatus.OPEN, null, null))));
    }
}
