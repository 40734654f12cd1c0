package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.FiscalYear;
import cn.baiyun.hte.assessment.IpHoldings;
import cn.baiyun.hte.assessment.LastFiscalYearIncome;
import cn.baiyun.hte.assessment.RdExpenses;
import cn.baiyun.hte.assessment.StaffLastFiscalYear;
import cn.baiyun.hte.assessment.StaffMethod;
import cn.baiyun.hte.pool.run.SnapshotAssembler;

/**
 * Next year's assessment as the firm imagines it: the fiscal year now in progress becomes the last fiscal
 * year and the window of three moves on by one, because that is how the rules look at a firm a year later
 * (the R&D ratio is a rolling window, the registration age and the incident window move with the date).
 * Figures the firm does not give are carried over from last year. Pure: no Spring, no I/O.
 */
final class SelfCheckProjection {

    private SelfCheckProjection() {
    }

    /**
     * The figures of the year in progress that the projection uses.
     *
     * @param rdSpend R&D actually incurred, all categories; spread over them as last year's spend was
     */
    record Figures(BigDecimal rdSpend, BigDecimal salesRevenue, BigDecimal netAssets, BigDecimal stStaff,
                   BigDecimal totalStaff, int transformations, int inventionsGranted, int otherIpGranted) {

        /**
         * Last year's figures, nothing granted: what the projection uses where the firm types nothing. The
         * achievements transformed are those recorded for this year so far, or last year's if more: a year
         * in progress is not over.
         */
        static Figures lastYear(FirmSnapshot today, Assessment assessed, int transformationsThisYear) {
            FiscalYear last = SelfCheckProjection.lastYear(today);
            return new Figures(total(last.rdExpenseCny()), last.salesRevenue(), last.netAssetsYearEndCny(),
                    assessed.conditions().c4StStaffRatio().stStaffAvg(),
                    assessed.conditions().c4StStaffRatio().totalStaffAvg(),
                    Math.max(transformationsThisYear, today.techTransformationsByYear().getOrDefault(last.year(), 0)),
                    0, 0);
        }

        /** The typed figures over last year's. */
        Figures with(SelfCheckWhatIf typed) {
            return new Figures(or(typed.getRdSpend(), rdSpend), or(typed.getSalesRevenue(), salesRevenue),
                    or(typed.getNetAssets(), netAssets), or(typed.getStStaff(), stStaff),
                    or(typed.getTotalStaff(), totalStaff), or(typed.getTransformations(), transformations),
                    or(typed.getInventionsGranted(), inventionsGranted),
                    or(typed.getOtherIpGranted(), otherIpGranted));
        }

        private static <T> T or(T typed, T carried) {
            return typed == null ? carried : typed;
        }
    }

    /** Today's snapshot moved to the same day next year with {@code figures} as the year in progress. */
    static FirmSnapshot nextYear(FirmSnapshot today, Figures figures) {
        int inProgress = today.assessmentDate().getYear();
        FiscalYear last = lastYear(today);
        List<FiscalYear> years = new ArrayList<>(today.fiscalYears().stream()
                .filter(year -> year.year() > inProgress - SnapshotAssembler.YEARS_CONSIDERED)
                .toList());
        BigDecimal lastSales = last.salesRevenue();
        BigDecimal other = scaled(last.otherBusinessRevenueCny(), figures.salesRevenue(), lastSales, BigDecimal.ZERO);
        years.add(new FiscalYear(inProgress, 12, figures.salesRevenue().subtract(other), other, figures.netAssets(),
                spread(last.rdExpenseCny(), figures.rdSpend())));
        Map<Integer, Integer> transformations = new HashMap<>(today.techTransformationsByYear());
        transformations.put(inProgress, figures.transformations());
        return new FirmSnapshot(today.assessmentDate().plusYears(1), today.registrationDate(),
                today.residentEnterprise(), today.industrialEnterprise(), today.incidents(), today.firmName(),
                today.techField(), years, income(inProgress, today.lastFiscalYearIncome(), figures.salesRevenue(), lastSales),
                new StaffLastFiscalYear(StaffMethod.ANNUAL_MONTHLY_AVERAGE, figures.totalStaff(), figures.stStaff(), List.of()),
                granted(today.ip(), figures), transformations, today.selfAssessment());
    }

    static FiscalYear lastYear(FirmSnapshot snapshot) {
        return snapshot.fiscalYears().stream().max(Comparator.comparingInt(FiscalYear::year)).orElseThrow();
    }

    static BigDecimal total(RdExpenses spend) {
        return categories(spend).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Income moves with sales, so that the high-tech revenue share stays last year's; a firm without sales
     * last year keeps its income and adds the new sales to it.
     */
    private static LastFiscalYearIncome income(int year, LastFiscalYearIncome last, BigDecimal sales, BigDecimal lastSales) {
        if (lastSales.signum() == 0) {
            return new LastFiscalYearIncome(year, last.totalRevenueCny().add(sales), last.nonTaxableIncomeCny(),
                    last.hightechProductServiceRevenueCny());
        }
        return new LastFiscalYearIncome(year, scaled(last.totalRevenueCny(), sales, lastSales, null),
                scaled(last.nonTaxableIncomeCny(), sales, lastSales, null),
                scaled(last.hightechProductServiceRevenueCny(), sales, lastSales, null));
    }

    /** {@code amount × to ÷ from} to the fen, or {@code whenFromZero} when there is nothing to scale from. */
    private static BigDecimal scaled(BigDecimal amount, BigDecimal to, BigDecimal from, BigDecimal whenFromZero) {
        if (from.signum() == 0) {
            return whenFromZero;
        }
        return amount.multiply(to).divide(from, 2, RoundingMode.HALF_UP);
    }

    /**
     * The new total spread over the categories as last year's spend was, so the other-cost cap and the
     * domestic share behave as they did; the cents lost to rounding go to the largest category. A firm
     * that spent nothing last year spends it all on its own staff.
     */
    private static RdExpenses spread(RdExpenses last, BigDecimal newTotal) {
        BigDecimal lastTotal = total(last);
        List<BigDecimal> parts = new ArrayList<>();
        if (lastTotal.signum() == 0) {
            parts.add(newTotal);
            categories(last).stream().skip(1).forEach(zero -> parts.add(BigDecimal.ZERO));
        } else {
            categories(last).forEach(part -> parts.add(scaled(part, newTotal, lastTotal, null)));
            BigDecimal rest = newTotal.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            int largest = parts.indexOf(parts.stream().max(Comparator.naturalOrder()).orElseThrow());
            parts.set(largest, parts.get(largest).add(rest));
        }
        return new RdExpenses(parts.get(0), parts.get(1), parts.get(2), parts.get(3), parts.get(4), parts.get(5),
                parts.get(6), parts.get(7), parts.get(8));
    }

    private static List<BigDecimal> categories(RdExpenses spend) {
        return List.of(spend.personnel(), spend.directInput(), spend.depreciationAndLongTermPrepaid(),
                spend.intangibleAmortization(), spend.design(), spend.equipmentDebuggingAndTrial(), spend.other(),
                spend.outsourcedDomesticActual(), spend.outsourcedForeignActual());
    }

    /** Granted inventions are Class I, other granted IP Class II; both leave the pending applications. */
    private static IpHoldings granted(IpHoldings ip, Figures figures) {
        int granted = figures.inventionsGranted() + figures.otherIpGranted();
        return new IpHoldings(ip.class1Valid() + figures.inventionsGranted(), ip.class2Valid() + figures.otherIpGranted(),
                ip.class2PreviouslyUsedInHteApplication(), ip.hasSelfDeveloped() || granted > 0,
                Math.max(0, ip.pendingApplications() - granted), ip.participatedInStandards());
    }
}
