package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a firm in the cultivation pool (hte-rules.md §7.3): outside it when the field is not in the catalogue
 * or the firm is not resident; tier 1 when every condition is met; tier 2 when at most a few gaps remain and
 * each can close within about a year; tier 3 otherwise. Coaching focus per tier from the Baiyun plan.
 */
final class TierPlacement {

    static final List<String> TIER_1_FOCUS = List.of("研发费用归集 (R&D expense collection)", "申报材料 (application materials)");
    static final List<String> TIER_2_FOCUS = List.of("研发团队建设 (R&D team)", "知识产权申请 (IP applications)",
            "科技成果申报 (tech achievements)");
    static final List<String> TIER_3_FOCUS = List.of("成长目标 (growth targets)");
    static final String OUTSIDE_CATALOGUE =
            "Tier 2/3 require the firm to be in an HTE field (seed policy); field outside the catalogue";
    static final String NOT_RESIDENT = "the pool takes resident enterprises only";

    private final RuleSet rules;
    // what each gap takes, stated once per rule set rather than once per firm
    private final String ipTakes;
    private final String staffTakes;
    private final String domesticTakes;
    private final String hightechTakes;
    private final String scoreTakes;

    TierPlacement(RuleSet rules) {
        this.rules = rules;
        this.ipTakes = ">= " + rules.tier2IpMinPendingApplications() + " pending";
        this.staffTakes = ">= " + Amounts.plain(rules.tier2StaffRatioFloor());
        this.domesticTakes = ">= " + Amounts.plain(rules.tier2DomesticShareFloor());
        this.hightechTakes = ">= " + Amounts.plain(rules.tier2HightechShareFloor());
        this.scoreTakes = ">= " + rules.tier2MinNextYearProjectedScore();
    }

    /** What the tier needs beyond the conditions themselves. */
    record Facts(boolean resident, int pendingApplications, int nextYearScore, LocalDate referenceDate,
                 RdCatchUp rdCatchUp, Fraction staffShare, Fraction domesticShare, Fraction hightechShare) {
    }

    Tier place(Conditions conditions, Facts facts) {
        List<ConditionId> unmet = unmet(conditions);
        if (!conditions.c3TechField().pass() || !facts.resident()) {
            String reason = conditions.c3TechField().pass() ? NOT_RESIDENT : OUTSIDE_CATALOGUE;
            return new Tier(TierResult.NOT_IN_POOL, unmet, null, reason, List.of());
        }
        if (unmet.isEmpty() || withinTier1Tolerance(unmet, conditions.c5aRdIntensity())) {
            return new Tier(TierResult.TIER_1, unmet, null, null, TIER_1_FOCUS);
        }
        GapClassification gaps = classify(unmet, conditions, facts);
        boolean allSlight = true;
        for (ConditionId condition : unmet) {
            if (!slight(gaps, condition)) {
                allSlight = false;
                break;
            }
        }
        return unmet.size() <= rules.tier2MaxUnmet() && allSlight
                ? new Tier(TierResult.TIER_2, unmet, gaps, null, TIER_2_FOCUS)
                : new Tier(TierResult.TIER_3, unmet, gaps, null, TIER_3_FOCUS);
    }

    private static List<ConditionId> unmet(Conditions c) {
        List<ConditionId> unmet = new ArrayList<>(4);
        addIf(unmet, !c.c1RegistrationAge().pass(), ConditionId.C1_REGISTRATION_AGE);
        addIf(unmet, !c.c2CoreIp().pass(), ConditionId.C2_CORE_IP);
        addIf(unmet, !c.c3TechField().pass(), ConditionId.C3_TECH_FIELD);
        addIf(unmet, !c.c4StStaffRatio().pass(), ConditionId.C4_ST_STAFF_RATIO);
        addIf(unmet, !c.c5aRdIntensity().pass(), ConditionId.C5A_RD_INTENSITY);
        addIf(unmet, !c.c5bDomesticRdShare().pass(), ConditionId.C5B_DOMESTIC_RD_SHARE);
        addIf(unmet, !c.c6HightechRevenueShare().pass(), ConditionId.C6_HIGHTECH_REVENUE_SHARE);
        addIf(unmet, !c.c7InnovationCapability().pass(), ConditionId.C7_INNOVATION_CAPABILITY);
        addIf(unmet, !c.c8NoMajorIncident().pass(), ConditionId.C8_NO_MAJOR_INCIDENT);
        return List.copyOf(unmet);
    }

    private static void addIf(List<ConditionId> unmet, boolean failed, ConditionId condition) {
        if (failed) {
            unmet.add(condition);
        }
    }

    /** The optional tolerance: an R&D intensity just short of its threshold, fixable by better collection. */
    private boolean withinTier1Tolerance(List<ConditionId> unmet, RdIntensity intensity) {
        BigDecimal tolerance = rules.tier1Tolerance();
        if (tolerance == null || unmet.size() != 1 || unmet.get(0) != ConditionId.C5A_RD_INTENSITY) {
            return false;
        }
        BigDecimal floor = intensity.threshold().multiply(BigDecimal.ONE.subtract(tolerance));
        return Fraction.of(intensity.rdTotalCountedCny(), intensity.salesTotalCny()).atLeast(floor);
    }

    private GapClassification classify(List<ConditionId> unmet, Conditions c, Facts facts) {
        return new GapClassification(
                unmet.contains(ConditionId.C1_REGISTRATION_AGE)
                        ? new AgeGap(true, c.c1RegistrationAge().gapDays(), "closes within a year") : null,
                unmet.contains(ConditionId.C2_CORE_IP)
                        ? new IpGap(facts.pendingApplications() >= rules.tier2IpMinPendingApplications(),
                        facts.pendingApplications(), ipTakes) : null,
                unmet.contains(ConditionId.C4_ST_STAFF_RATIO) ? ratioGap(facts.staffShare(),
                        rules.tier2StaffRatioFloor(), staffTakes) : null,
                unmet.contains(ConditionId.C5A_RD_INTENSITY) ? facts.rdCatchUp() : null,
                unmet.contains(ConditionId.C5B_DOMESTIC_RD_SHARE) ? ratioGap(facts.domesticShare(),
                        rules.tier2DomesticShareFloor(), domesticTakes) : null,
                unmet.contains(ConditionId.C6_HIGHTECH_REVENUE_SHARE) ? ratioGap(facts.hightechShare(),
                        rules.tier2HightechShareFloor(), hightechTakes) : null,
                unmet.contains(ConditionId.C7_INNOVATION_CAPABILITY)
                        ? new ScoreGap(facts.nextYearScore() >= rules.tier2MinNextYearProjectedScore(),
                        facts.nextYearScore(), scoreTakes) : null,
                unmet.contains(ConditionId.C8_NO_MAJOR_INCIDENT) ? incidentGap(c.c8NoMajorIncident(), facts) : null);
    }

    private static RatioGap ratioGap(Fraction share, BigDecimal floor, String takes) {
        return new RatioGap(share.atLeast(floor), share.value4dp(), takes);
    }

    /** Slight when every incident in the window is out of next year's window: dated before (ref + 1 year) − 365 days. */
    private static IncidentGap incidentGap(NoMajorIncident incidents, Facts facts) {
        LocalDate nextWindowStart = facts.referenceDate().plusYears(1).minusDays(365);
        LocalDate latest = incidents.incidentsInWindow().stream().map(SnapshotIncident::date).max(LocalDate::compareTo)
                .orElse(facts.referenceDate());
        return new IncidentGap(latest.isBefore(nextWindowStart), latest.plusDays(365),
                "every incident before " + nextWindowStart);
    }

    private static boolean slight(GapClassification gaps, ConditionId condition) {
        return switch (condition) {
            case C1_REGISTRATION_AGE -> gaps.c1RegistrationAge().slight();
            case C2_CORE_IP -> gaps.c2CoreIp().slight();
            case C3_TECH_FIELD -> false;
            case C4_ST_STAFF_RATIO -> gaps.c4StStaffRatio().slight();
            case C5A_RD_INTENSITY -> gaps.c5aRdIntensity().slight();
            case C5B_DOMESTIC_RD_SHARE -> gaps.c5bDomesticRdShare().slight();
            case C6_HIGHTECH_REVENUE_SHARE -> gaps.c6HightechRevenueShare().slight();
            case C7_INNOVATION_CAPABILITY -> gaps.c7InnovationCapability().slight();
            case C8_NO_MAJOR_INCIDENT -> gaps.c8NoMajorIncident().slight();
        };
    }
}
