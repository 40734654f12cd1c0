package cn.baiyun.hte.pool.feedback;

import java.math.BigDecimal;

import cn.baiyun.hte.assessment.TechSmeEvaluation;
import cn.baiyun.hte.assessment.TechSmeRoute;
import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.coaching.CoachingTopic;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tier 3 does with the run's tech-based SME result: a tier-3 firm whose figures pass and that is not in the
 * register is coached on registering beside its growth targets; any other firm is not. A registration of the
 * year before the evaluation still counts; an older one has lapsed.
 */
class TechSmeCoachingTest {

    static final TechSmeEvaluation PASSES = new TechSmeEvaluation(new BigDecimal("0.32"), 20, new BigDecimal("0.063"),
            50, new BigDecimal("0.07"), 0, 50, 30, 100, true, true, TechSmeRoute.SCORE);

    @Test
    void aTierThreeFirmWhoseFiguresPassAndThatIsNotRegisteredIsCoachedOnRegistering() {
        PoolEntry.TechSme unregistered = PoolEntry.TechSme.of(PASSES, 2025, null);

        assertThat(unregistered.toRegister()).isTrue();
        assertThat(FeedbackService.focusOf(TierResult.TIER_3, unregistered))
                .containsExactly(CoachingTopic.GROWTH_TARGETS, CoachingTopic.TECH_SME_REGISTRATION);
    }

    @Test
    void noOtherFirmIsCoachedOnRegistering() {
        PoolEntry.TechSme lastYearsEntry = PoolEntry.TechSme.of(PASSES, 2025, new TechSmeRegistration("202552011300456", 2025));
        PoolEntry.TechSme failing = new PoolEntry.TechSme(false, TechSmeRoute.NONE, 36, true, 2025, false);

        assertThat(lastYearsEntry.registered()).as("an entry of the data year counts in the evaluation year").isTrue();
        assertThat(FeedbackService.focusOf(TierResult.TIER_3, lastYearsEntry)).containsExactly(CoachingTopic.GROWTH_TARGETS);
        assertThat(FeedbackService.focusOf(TierResult.TIER_3, failing)).containsExactly(CoachingTopic.GROWTH_TARGETS);
        assertThat(FeedbackService.focusOf(TierResult.TIER_3, null)).containsExactly(CoachingTopic.GROWTH_TARGETS);
        assertThat(FeedbackService.focusOf(TierResult.TIER_2, PoolEntry.TechSme.of(PASSES, 2025, null)))
                .containsExactly(CoachingTopic.RD_TEAM, CoachingTopic.IP_APPLICATIONS,
                        CoachingTopic.ACHIEVEMENT_TRANSFORMATION);
        assertThat(FeedbackService.focusOf(TierResult.NOT_IN_POOL, PoolEntry.TechSme.of(PASSES, 2025, null))).isEmpty();
    }

    @Test
    void aRegistrationOlderThanTheYearBeforeHasLapsed() {
        PoolEntry.TechSme lapsed = PoolEntry.TechSme.of(PASSES, 2025, new TechSmeRegistration("202352011300456", 2024));

        assertThat(lapsed.registered()).isFalse();
        assertThat(lapsed.toRegister()).isTrue();
    }
}
