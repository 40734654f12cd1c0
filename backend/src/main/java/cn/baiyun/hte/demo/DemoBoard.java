package cn.baiyun.hte.demo;

import java.util.Map;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.board.PoolService;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.recommendation.RecommendationService;
import cn.baiyun.hte.pool.run.AssessmentRunner;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bureau's work on the demo's cycles, done through the pool's services as a reviewer would: the
 * previous cycle assessed, every assessed firm's tier decided (some against the proposal, with the reason),
 * most firms' feedback published and tier 1 recommended to the province; the coming cycle opened, and
 * assessed when its last fiscal year has ended.
 */
final class DemoBoard {

    /** Decisions and publications in flight: each is one guarded update of one entry. */
    private static final int CONCURRENCY = 4;

    private final CycleService cycles;
    private final AssessmentRunner runner;
    private final PoolService pool;
    private final RecommendationService recommendation;
    private final PortalUser reviewer;
    private final DemoCalendar calendar;
    private final String firmA;
    private final String firmAComment;

    /**
     * @param firmA        the README's firm A, whose feedback of this calendar year's cycle is published
     * @param firmAComment the bureau's comment to it
     */
    DemoBoard(CycleService cycles, AssessmentRunner runner, PoolService pool, RecommendationService recommendation,
              PortalUser reviewer, DemoCalendar calendar, String firmA, String firmAComment) {
        this.cycles = cycles;
        this.runner = runner;
        this.pool = pool;
        this.recommendation = recommendation;
        this.reviewer = reviewer;
        this.calendar = calendar;
        this.firmA = firmA;
        this.firmAComment = firmAComment;
    }

    /**
     * The previous cycle, complete: assessed, decided, published where the demo says, recommended.
     *
     * @param firms the generated firms by id
     */
    Mono<Void> completePrevious(Map<String, DemoPoolFirm> firms) {
        int year = calendar.previousCycle();
        return cycles.open(reviewer, year, null)
                .then(runner.run(reviewer, year, false))
                .thenMany(Flux.fromIterable(firms.entrySet()))
                .flatMap(firm -> decided(year, firm.getKey(), firm.getValue())
                        .filter(entry -> firm.getValue().published())
                        .flatMap(entry -> pool.publish(reviewer, year, entry.enterpriseId(), comment(entry))), CONCURRENCY)
                .then(firmAsFeedback(year))
                .then(recommendation.mark(reviewer, year, calendar.previousRecommendedOn()))
                .then();
    }

    /** The coming cycle, open; assessed, with the bureau's overrides, once firms can have filed its years. */
    Mono<Void> openComing(Map<String, DemoPoolFirm> firms) {
        int year = calendar.comingCycle();
        Mono<Void> opened = cycles.open(reviewer, year, null).then();
        if (!calendar.canAssess(year)) {
            return opened;
        }
        return opened.then(runner.run(reviewer, year, false))
                .thenMany(Flux.fromIterable(firms.entrySet()))
                .filter(firm -> firm.getValue().override() != null)
                .flatMap(firm -> decided(year, firm.getKey(), firm.getValue()), CONCURRENCY)
                .then(firmAsFeedback(year));
    }

    /** Firm A reads this calendar year's feedback (its proposal confirmed); other years' stay the bureau's. */
    private Mono<Void> firmAsFeedback(int year) {
        return year == calendar.today().getYear() ? pool.publish(reviewer, year, firmA, firmAComment).then()
                : Mono.empty();
    }

    /** The firm's entry with the bureau's tier: its override, else the proposal confirmed; as it is when not assessed. */
    private Mono<PoolEntry> decided(int year, String enterpriseId, DemoPoolFirm firm) {
        return pool.entry(reviewer, year, enterpriseId).flatMap(entry -> {
            if (entry.outcome() != PoolEntry.Outcome.ASSESSED) {
                return Mono.just(entry);
            }
            DemoPoolFirm.Override override = firm.override();
            return override == null ? pool.decide(reviewer, year, enterpriseId, entry.proposedTier(), null)
                    : pool.decide(reviewer, year, enterpriseId, override.tier(), override.reason());
        });
    }

    /** What the bureau tells a firm with its feedback: the next step for its tier, or what to file. */
    private static String comment(PoolEntry entry) {
        if (entry.decision() == null) {
            return "请尽快补齐缺少的年度填报，补齐并经受理后，区科技局将重新评价。";
        }
        TierResult tier = entry.decision().tier();
        return switch (tier) {
            case TIER_1 -> "贵企已列入第一梯队并推荐至省级认定机构，请按要求准备申报材料，规范研发费用归集。";
            case TIER_2 -> "请对照差距项制定年度整改计划，区科技局将安排“千企面对面”上门辅导。";
            case TIER_3 -> "请围绕成长目标持续加大研发投入，积极申请知识产权。";
            case NOT_IN_POOL -> "贵企暂不纳入本年度培育库，如主营业务或技术领域有变化，可向区科技局申请重新评价。";
        };
    }
}
