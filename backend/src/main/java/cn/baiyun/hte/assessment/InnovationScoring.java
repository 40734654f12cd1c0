package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.assessment.RuleSet.TransformationDivisor;

/**
 * Projects the innovation-capability score (hte-rules.md §3.6 rubric, §7.2 projection): the data fix the
 * IP-quantity, acquisition, standards, transformation and growth bands; the firm's self-assessment stands in
 * for the expert-judged items; each item scores a point of its band chosen by the rule set.
 */
final class InnovationScoring {

    private static final int IP_SUBTOTAL_CAP = 30;
    private static final List<BandStep> TRANSFORMATION = List.of(BandStep.atLeast(Band.A, "5", 25, 30),
            BandStep.atLeast(Band.B, "4", 19, 24), BandStep.atLeast(Band.C, "3", 13, 18),
            BandStep.atLeast(Band.D, "2", 7, 12), BandStep.atLeast(Band.E, "1", 1, 6), BandStep.of(Band.F, 0, 0));
    private static final BandStep NO_POINTS = BandStep.of(Band.NONE, 0, 0);
    private static final BandStep QUANTITY_A = BandStep.of(Band.A, 7, 8);
    private static final BandStep QUANTITY_B = BandStep.of(Band.B, 5, 6);
    private static final BandStep QUANTITY_C = BandStep.of(Band.C, 3, 4);
    private static final BandStep QUANTITY_D = BandStep.of(Band.D, 1, 2);
    private static final BandStep QUANTITY_E = BandStep.of(Band.E, 0, 0);
    private static final BandStep OWN_RD = BandStep.of(Band.A, 1, 6);
    private static final BandStep ACQUIRED_ONLY = BandStep.of(Band.B, 1, 3);
    private static final BandStep STANDARDS = BandStep.of(Band.A, 1, 2);
    private static final BandStep NO_STANDARDS = BandStep.of(Band.B, 0, 0);

    private final RuleSet rules;
    private final GrowthRating growth;

    InnovationScoring(RuleSet rules) {
        this.rules = rules;
        this.growth = new GrowthRating(rules);
    }

    InnovationScore score(FirmSnapshot firm, RdWindow window) {
        List<FiscalYear> years = window.years();
        List<BigDecimal> netAssets = new ArrayList<>(years.size());
        for (FiscalYear year : years) {
            netAssets.add(year.netAssetsYearEndCny());
        }
        TransformationBand transformation = transformation(firm, years);
        GrowthBand netAssetGrowth = growth.rate(netAssets);
        GrowthBand salesGrowth = growth.rate(window.sales());
        IpHoldings ip = firm.ip();
        BandStep quantity = ipQuantity(ip);
        List<Integer> fixedRange = List.of(
                quantity.lowest() + transformation.range().get(0) + netAssetGrowth.range().get(0) + salesGrowth.range().get(0),
                quantity.highest() + transformation.range().get(1) + netAssetGrowth.range().get(1) + salesGrowth.range().get(1));
        // the items the pending IP cannot change are the same in both projections: score them once
        Unchanged unchanged = new Unchanged(points(transformation.range()), rdManagement(firm.selfAssessment().rdManagement()),
                points(netAssetGrowth.range()), points(salesGrowth.range()));
        return new InnovationScore(quantity.scored(), acquisition(ip).scored(), standards(ip).scored(), transformation,
                netAssetGrowth, salesGrowth, fixedRange,
                project(ip, firm.selfAssessment(), unchanged),
                project(nextYear(ip), firm.selfAssessment(), unchanged));
    }

    /** The points of the items that do not depend on the IP held. */
    private record Unchanged(int transformation, int management, int netAssetGrowth, int salesGrowth) {

        int total() {
            return transformation + management + netAssetGrowth + salesGrowth;
        }
    }

    /** Next year's holdings: every pending application granted as a Class II item (inventions rarely grant sooner). */
    private static IpHoldings nextYear(IpHoldings ip) {
        return new IpHoldings(ip.class1Valid(), ip.class2Valid() + ip.pendingApplications(),
                ip.class2PreviouslyUsedInHteApplication(), ip.hasSelfDeveloped() || ip.pendingApplications() > 0,
                0, ip.participatedInStandards());
    }

    private ScoreProjection project(IpHoldings ip, SnapshotSelfAssessment self, Unchanged unchanged) {
        boolean usable = ip.anyUsable();
        int advancement = usable ? points(expertBand(self.techAdvancementBand())) : 0;
        int coreSupport = usable ? points(expertBand(self.coreSupportBand())) : 0;
        int quantity = points(ipQuantity(ip));
        int acquisition = points(acquisition(ip));
        int standards = points(standards(ip));
        int ipSubtotal = Math.min(IP_SUBTOTAL_CAP, advancement + coreSupport + quantity + acquisition + standards);
        return new ScoreProjection(advancement, coreSupport, quantity, acquisition, standards, ipSubtotal,
                unchanged.transformation(), unchanged.management(), unchanged.netAssetGrowth(), unchanged.salesGrowth(),
                ipSubtotal + unchanged.total());
    }

    private TransformationBand transformation(FirmSnapshot firm, List<FiscalYear> years) {
        int count = 0;
        for (FiscalYear year : years) {
            count += firm.techTransformationsByYear().getOrDefault(year.year(), 0);
        }
        int divisor = rules.transformationAverageDivisor() == TransformationDivisor.FIXED_3 ? 3 : years.size();
        Fraction average = Fraction.of(count, divisor);
        BandStep step = BandStep.find(TRANSFORMATION, average);
        return new TransformationBand(count, divisor, average.value4dp(), step.band(), step.range());
    }

    private static BandStep ipQuantity(IpHoldings ip) {
        int classII = ip.usableClass2();
        if (ip.usableClass1() >= 1) {
            return QUANTITY_A;
        }
        if (classII >= 5) {
            return QUANTITY_B;
        }
        if (classII >= 3) {
            return QUANTITY_C;
        }
        return classII >= 1 ? QUANTITY_D : QUANTITY_E;
    }

    /** A: some IP from own R&D; B: only transfer, gift, M&A; none without usable IP. */
    private static BandStep acquisition(IpHoldings ip) {
        if (!ip.anyUsable()) {
            return NO_POINTS;
        }
        return ip.hasSelfDeveloped() ? OWN_RD : ACQUIRED_ONLY;
    }

    private static BandStep standards(IpHoldings ip) {
        return ip.participatedInStandards() ? STANDARDS : NO_STANDARDS;
    }

    /** Technological advancement and core support share the scale of IP quantity: A 7–8 … D 1–2, E 0. */
    private static BandStep expertBand(Band band) {
        return switch (band) {
            case A -> QUANTITY_A;
            case B -> QUANTITY_B;
            case C -> QUANTITY_C;
            case D -> QUANTITY_D;
            default -> QUANTITY_E;
        };
    }

    private static int rdManagement(RdManagement management) {
        return managementPoints(management.m1SystemAndLedger(), 6)
                + managementPoints(management.m2RdInstitutionAndCooperation(), 6)
                + managementPoints(management.m3TransformationIncentiveAndPlatform(), 4)
                + managementPoints(management.m4TalentTrainingAndEvaluation(), 4);
    }

    private static int managementPoints(RdManagementLevel level, int max) {
        return switch (level) {
            case FULL -> max;
            case PARTIAL -> max / 2;
            case NONE -> 0;
        };
    }

    private int points(BandStep step) {
        return points(step.lowest(), step.highest());
    }

    private int points(List<Integer> range) {
        return points(range.get(0), range.get(1));
    }

    private int points(int lowest, int highest) {
        return switch (rules.projectionPointInBand()) {
            case FLOOR_MID -> Math.floorDiv(lowest + highest, 2);
            case MIN -> lowest;
            case MAX -> highest;
        };
    }
}
