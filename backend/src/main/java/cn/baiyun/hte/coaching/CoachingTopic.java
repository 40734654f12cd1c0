package cn.baiyun.hte.coaching;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue of coaching topics, each tied to the tier whose focus it is in the Baiyun plan: tier 1
 * is coached on R&D expense collection and application materials, tier 2 on the R&D team, IP
 * applications and the use of technology achievements, tier 3 on growth targets and, where its figures already
 * pass, on entering the tech-based SME register (the pipeline's step before an HTE; the tier feedback names that
 * topic only for such a firm). Policy explanation and anything else belong to no tier in particular.
 */
public enum CoachingTopic {
    RD_EXPENSE_COLLECTION(1),
    APPLICATION_MATERIALS(1),
    RD_TEAM(2),
    IP_APPLICATIONS(2),
    ACHIEVEMENT_TRANSFORMATION(2),
    GROWTH_TARGETS(3),
    TECH_SME_REGISTRATION(3),
    POLICY_EXPLANATION(CoachingTopic.ANY_TIER),
    OTHER(CoachingTopic.ANY_TIER);

    /** The focus "tier" of topics that serve firms of every tier. */
    public static final int ANY_TIER = 0;

    private final int focusTier;

    CoachingTopic(int focusTier) {
        this.focusTier = focusTier;
    }

    /** 1, 2 or 3; {@value #ANY_TIER} for topics of every tier. */
    public int focusTier() {
        return focusTier;
    }

    /** The coaching focus of a tier (1, 2 or 3), e.g. for a firm's tier feedback. */
    public static List<CoachingTopic> focusOf(int tier) {
        return Arrays.stream(values()).filter(topic -> topic.focusTier == tier).toList();
    }

    /** The catalogue grouped by focus: tiers 1, 2 and 3, then the topics of every tier. */
    public static Map<Integer, List<CoachingTopic>> byFocus() {
        Map<Integer, List<CoachingTopic>> groups = new LinkedHashMap<>();
        for (int tier : new int[] {1, 2, 3, ANY_TIER}) {
            groups.put(tier, focusOf(tier));
        }
        return groups;
    }
}
