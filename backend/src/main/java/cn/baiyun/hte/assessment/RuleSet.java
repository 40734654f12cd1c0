package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Every configurable decision of the rules (hte-rules.md §7.4 and {@code conventions.default_config} of the
 * worked examples), under a version. An assessment records the version it used, so a later rule set never
 * rewrites an old result.
 *
 * @param referenceDate                    which date the age and incident tests use (Q1)
 * @param provincialSubmissionDate         that date within the application year when {@code referenceDate}
 *                                         is {@link ReferenceDate#PROVINCIAL_SUBMISSION_DATE}
 * @param ratioComparison                  exact fractions, or amounts rounded to 0.01 万元 first (Q3)
 * @param otherCostCapBaseIncludesOutsourcedCounted whether outsourced R&D at 80% is in the 20% cap's base (Q2)
 * @param domesticShareBasis               outsourced R&D at 80% or 100% in the domestic share (Q4)
 * @param growthBandDLowerBoundInclusive   band D of growth is "≥ 5%" (true) or "> 5%" (Q5)
 * @param transformationAverageDivisor     divide transformations by the years considered or by 3 (Q7)
 * @param tier1Tolerance                   null when off; else the relative shortfall of the R&D intensity that
 *                                         still places a firm whose only gap it is in tier 1
 * @param tier2RdCatchupMaxMultiple        the needed next-year R&D intensity is a slight gap up to this
 *                                         multiple of the threshold
 */
public record RuleSet(String version, ReferenceDate referenceDate, MonthDay provincialSubmissionDate,
                      RatioComparison ratioComparison, OtherCostCapScope otherCostCapScope,
                      boolean otherCostCapBaseIncludesOutsourcedCounted, DomesticShareBasis domesticShareBasis,
                      boolean growthBandDLowerBoundInclusive, NonpositiveBasePolicy growthNonpositiveBasePolicy,
                      TransformationDivisor transformationAverageDivisor, GrowthFewerThan3Years growthFewerThan3Years,
                      PointInBand projectionPointInBand, int tier1MinProjectedScore, BigDecimal tier1Tolerance,
                      int tier2MaxUnmet, int tier2MinNextYearProjectedScore, BigDecimal tier2StaffRatioFloor,
                      BigDecimal tier2DomesticShareFloor, BigDecimal tier2HightechShareFloor,
                      BigDecimal tier2RdCatchupMaxMultiple, int tier2IpMinPendingApplications) {

    public RuleSet {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(ratioComparison, "ratioComparison");
        Objects.requireNonNull(otherCostCapScope, "otherCostCapScope");
        Objects.requireNonNull(domesticShareBasis, "domesticShareBasis");
        Objects.requireNonNull(growthNonpositiveBasePolicy, "growthNonpositiveBasePolicy");
        Objects.requireNonNull(transformationAverageDivisor, "transformationAverageDivisor");
        Objects.requireNonNull(growthFewerThan3Years, "growthFewerThan3Years");
        Objects.requireNonNull(projectionPointInBand, "projectionPointInBand");
        Objects.requireNonNull(tier2StaffRatioFloor, "tier2StaffRatioFloor");
        Objects.requireNonNull(tier2DomesticShareFloor, "tier2DomesticShareFloor");
        Objects.requireNonNull(tier2HightechShareFloor, "tier2HightechShareFloor");
        Objects.requireNonNull(tier2RdCatchupMaxMultiple, "tier2RdCatchupMaxMultiple");
        if (referenceDate == ReferenceDate.PROVINCIAL_SUBMISSION_DATE) {
            Objects.requireNonNull(provincialSubmissionDate, "provincialSubmissionDate");
        }
        if (otherCostCapScope != OtherCostCapScope.PER_FISCAL_YEAR_AGGREGATE) {
            // per-project and three-year caps need the R&D of each project, which the snapshot does not carry
            throw new IllegalArgumentException("other-cost cap scope " + otherCostCapScope.code() + " is not supported yet");
        }
    }

    public enum ReferenceDate implements Coded { ASSESSMENT_DATE, PROVINCIAL_SUBMISSION_DATE }

    public enum RatioComparison implements Coded { EXACT, FORM_UNITS }

    public enum OtherCostCapScope implements Coded { PER_FISCAL_YEAR_AGGREGATE, PER_PROJECT, THREE_YEAR_TOTAL }

    public enum DomesticShareBasis implements Coded { COUNTED, ACTUAL }

    public enum NonpositiveBasePolicy implements Coded { ZERO_AND_FLAG, LITERAL, TREAT_AS_ZERO_BASE }

    public enum TransformationDivisor implements Coded { YEARS_CONSIDERED, FIXED_3 }

    /** Q8: with 2 years a single period, with 1 year no growth: the only reading so far. */
    public enum GrowthFewerThan3Years implements Coded { TWO_YEARS_SINGLE_PERIOD_ELSE_ZERO }

    public enum PointInBand implements Coded { FLOOR_MID, MIN, MAX }
}
