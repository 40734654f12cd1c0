package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.RuleSet.DomesticShareBasis;
import cn.baiyun.hte.assessment.RuleSet.ReferenceDate;

/**
 * Assesses a firm against the HTE recognition conditions and places it in the cultivation pool
 * (hte-rules.md §2, §3, §7) under one rule set. Pure and deterministic: the same snapshot and rule set
 * always give the same assessment; thread-safe.
 */
public final class HteEngine {

    static final int AGE_THRESHOLD_DAYS = 365;
    static final BigDecimal STAFF_THRESHOLD = new BigDecimal("0.1");
    static final BigDecimal DOMESTIC_THRESHOLD = new BigDecimal("0.6");
    static final BigDecimal HIGHTECH_THRESHOLD = new BigDecimal("0.6");
    static final BigDecimal ABOVE_DESIGNATED_SIZE_REVENUE = new BigDecimal("20000000");
    static final String IP_REVIEW = "expert must confirm the IP core-supports the main products";
    static final String FIELD_REVIEW = "expert confirms 3rd-level field";
    static final String INCIDENT_REVIEW = "the recognition body decides on the competent authorities' opinions";
    static final String SCORE_BASIS = "projection = PROPOSAL (expert-scored in reality)";
    // immutable parts of a result that take one of a few values: shared rather than built for every firm
    private static final TechFieldCheck IN_CATALOGUE = new TechFieldCheck(true, FIELD_REVIEW);
    private static final TechFieldCheck OUTSIDE_CATALOGUE = new TechFieldCheck(false, FIELD_REVIEW);
    private static final NoMajorIncident NO_INCIDENT = new NoMajorIncident(List.of(), true, INCIDENT_REVIEW);

    private final RuleSet rules;
    private final RdCounting counting;
    private final ShareTest shares;
    private final RdIntensityRule rdIntensity;
    private final InnovationScoring scoring;
    private final TierPlacement placement;
    private final String scoreRule;

    public HteEngine(RuleSet rules) {
        this.rules = rules;
        this.counting = new RdCounting(rules.otherCostCapBaseIncludesOutsourcedCounted());
        this.shares = new ShareTest(rules.ratioComparison());
        this.rdIntensity = new RdIntensityRule(shares, rules.tier2RdCatchupMaxMultiple());
        this.scoring = new InnovationScoring(rules);
        this.placement = new TierPlacement(rules);
        this.scoreRule = "integer score > " + (rules.tier1MinProjectedScore() - 1) + " (i.e. >= "
                + rules.tier1MinProjectedScore() + ")";
    }

    public RuleSet rules() {
        return rules;
    }

    /**
     * @param firm a snapshot without {@link SnapshotCheck#problems problems}
     * @throws IllegalArgumentException when the snapshot lacks the last fiscal year or has a gap in its years
     */
    public Assessment assess(FirmSnapshot firm) {
        int applicationYear = firm.assessmentDate().getYear();
        LocalDate reference = rules.referenceDate() == ReferenceDate.ASSESSMENT_DATE
                ? firm.assessmentDate() : rules.provincialSubmissionDate().atYear(applicationYear);
        RdWindow window = RdWindow.of(firm, counting);
        StaffAverages staff = StaffAverages.of(firm.staffLastFiscalYear());
        Fraction staffShare = staff.ratio();
        Fraction domestic = domesticShare(window).tidy();
        LastFiscalYearIncome income = firm.lastFiscalYearIncome();
        Fraction hightech = Fraction.of(income.hightechProductServiceRevenueCny(), income.totalIncome()).tidy();
        InnovationScore score = scoring.score(firm, window);
        RdIntensity intensity = rdIntensity.check(window);

        Conditions conditions = new Conditions(registrationAge(firm, reference), coreIp(firm.ip()),
                firm.techField() != null && firm.techField().inCatalogue() ? IN_CATALOGUE : OUTSIDE_CATALOGUE,
                new StaffRatio(staff.stAverage(), staff.totalAverage(), staffShare.exact(), staffShare.value4dp(),
                        STAFF_THRESHOLD, staffShare.atLeast(STAFF_THRESHOLD), staffShare.shortfall4dp(STAFF_THRESHOLD)),
                intensity,
                new DomesticRdShare(domestic.numerator(), domestic.exact(), domestic.value4dp(),
                        DOMESTIC_THRESHOLD, shares.meets(domestic, DOMESTIC_THRESHOLD), domestic.shortfall4dp(DOMESTIC_THRESHOLD)),
                new HightechRevenueShare(hightech.numerator(), hightech.denominator(),
                        hightech.exact(), hightech.value4dp(), HIGHTECH_THRESHOLD, shares.meets(hightech, HIGHTECH_THRESHOLD),
                        hightech.shortfall4dp(HIGHTECH_THRESHOLD)),
                innovationCapability(score.projection().total()),
                noMajorIncident(firm.incidents(), reference));

        Tier tier = placement.place(conditions, new TierPlacement.Facts(firm.residentEnterprise(),
                firm.ip().pendingApplications(), score.nextYearProjection().total(), reference,
                intensity.pass() ? null : rdIntensity.catchUp(window, intensity), staffShare, domestic, hightech));
        Boolean aboveDesignatedSize = firm.industrialEnterprise()
                ? window.last().mainBusinessRevenueCny().compareTo(ABOVE_DESIGNATED_SIZE_REVENUE) >= 0 : null;
        return new Assessment(rules.version(), applicationYear, window.yearNumbers(), window.last().year(),
                window.perYear(), rdIntensity.withoutCap(window), staff.working(), conditions, score, tier,
                new Indicators(aboveDesignatedSize));
    }

    private static RegistrationAge registrationAge(FirmSnapshot firm, LocalDate reference) {
        long days = ChronoUnit.DAYS.between(firm.registrationDate(), reference);
        return new RegistrationAge(days, AGE_THRESHOLD_DAYS, days >= AGE_THRESHOLD_DAYS,
                Math.max(0, AGE_THRESHOLD_DAYS - days));
    }

    private static CoreIp coreIp(IpHoldings ip) {
        return new CoreIp(ip.usableClass1(), ip.usableClass2(), ip.anyUsable(), IP_REVIEW);
    }

    /** R&D done in China ÷ all R&D, outsourced R&D at 80% on both sides (counted) or as incurred (actual). */
    private Fraction domesticShare(RdWindow window) {
        if (rules.domesticShareBasis() == DomesticShareBasis.COUNTED) {
            // without foreign R&D every year's domestic R&D is all of it: the window's total, not summed again
            return Fraction.of(allDomestic(window.counted()) ? window.rdTotal()
                    : Amounts.sum(window.counted(), CountedRd::domesticCounted), window.rdTotal());
        }
        BigDecimal domestic = BigDecimal.ZERO;
        BigDecimal all = BigDecimal.ZERO;
        for (int i = 0; i < window.years().size(); i++) {
            CountedRd counted = window.counted().get(i);
            RdExpenses spend = window.years().get(i).rdExpenseCny();
            BigDecimal inHouse = counted.internalNonOther().add(counted.otherCounted());
            domestic = domestic.add(inHouse).add(spend.outsourcedDomesticActual());
            all = all.add(inHouse).add(spend.outsourcedDomesticActual()).add(spend.outsourcedForeignActual());
        }
        return Fraction.of(domestic, all);
    }

    private static boolean allDomestic(List<CountedRd> counted) {
        for (int i = 0; i < counted.size(); i++) {
            if (counted.get(i).domesticCounted().compareTo(counted.get(i).rdCounted()) != 0) {
                return false;
            }
        }
        return true;
    }

    private InnovationCapability innovationCapability(int projected) {
        int passMark = rules.tier1MinProjectedScore();
        return new InnovationCapability(projected, scoreRule, projected >= passMark, SCORE_BASIS, Math.max(0, passMark - projected));
    }

    /** Incidents dated within [reference − 365 days, reference]. */
    private static NoMajorIncident noMajorIncident(List<SnapshotIncident> incidents, LocalDate reference) {
        if (incidents.isEmpty()) {
            // the usual case: no list to filter and copy
            return NO_INCIDENT;
        }
        LocalDate windowStart = reference.minusDays(365);
        List<SnapshotIncident> inWindow = new ArrayList<>(0);
        for (SnapshotIncident incident : incidents) {
            if (!incident.date().isBefore(windowStart) && !incident.date().isAfter(reference)) {
                inWindow.add(incident);
            }
        }
        return new NoMajorIncident(List.copyOf(inWindow), inWindow.isEmpty(), INCIDENT_REVIEW);
    }
}
