package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fiscal years the R&D intensity looks at (近三个会计年度: Y−3..Y−1, or the years actually operated) with
 * each year's counted R&D and sales revenue, oldest first, and their totals.
 */
record RdWindow(List<FiscalYear> years, List<CountedRd> counted, List<BigDecimal> sales, BigDecimal rdTotal,
                BigDecimal salesTotal) {

    private static final Comparator<FiscalYear> OLDEST_FIRST = Comparator.comparingInt(FiscalYear::year);

    static RdWindow of(FirmSnapshot firm, RdCounting counting) {
        int applicationYear = firm.assessmentDate().getYear();
        List<FiscalYear> all = firm.fiscalYears();
        List<FiscalYear> years = new ArrayList<>(3);
        boolean oldestFirst = true;
        for (int i = 0; i < all.size(); i++) {
            FiscalYear year = all.get(i);
            if (year.year() >= applicationYear - 3 && year.year() < applicationYear) {
                oldestFirst &= years.isEmpty() || years.get(years.size() - 1).year() < year.year();
                years.add(year);
            }
        }
        if (!oldestFirst) {
            // snapshots usually list their years in order already
            years.sort(OLDEST_FIRST);
        }
        if (years.isEmpty() || years.get(years.size() - 1).year() != applicationYear - 1) {
            throw new IllegalArgumentException("no figures for the last fiscal year " + (applicationYear - 1));
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() != years.get(i - 1).year() + 1) {
                throw new IllegalArgumentException("fiscal years must be consecutive, " + (years.get(i).year() - 1) + " is missing");
            }
        }
        List<CountedRd> counted = new ArrayList<>(years.size());
        List<BigDecimal> sales = new ArrayList<>(years.size());
        BigDecimal rdTotal = BigDecimal.ZERO;
        BigDecimal salesTotal = BigDecimal.ZERO;
        for (int i = 0; i < years.size(); i++) {
            FiscalYear year = years.get(i);
            CountedRd rd = counting.count(year.rdExpenseCny());
            BigDecimal yearSales = year.salesRevenue();
            counted.add(rd);
            sales.add(yearSales);
            rdTotal = rdTotal.add(rd.rdCounted());
            salesTotal = salesTotal.add(yearSales);
        }
        return new RdWindow(years, counted, sales, rdTotal, salesTotal);
    }

    BigDecimal lastSales() {
        return sales.get(sales.size() - 1);
    }

    FiscalYear last() {
        return years.get(years.size() - 1);
    }

    List<Integer> yearNumbers() {
        List<Integer> numbers = new ArrayList<>(years.size());
        for (int i = 0; i < years.size(); i++) {
            numbers.add(years.get(i).year());
        }
        return numbers;
    }

    List<YearRd> perYear() {
        List<YearRd> rows = new ArrayList<>(years.size());
        for (int i = 0; i < years.size(); i++) {
            CountedRd rd = counted.get(i);
            rows.add(new YearRd(years.get(i).year(), Amounts.tidy(rd.internalNonOther()),
                    Amounts.tidy(rd.outsourcedCounted()), Amounts.tidy(rd.otherActual()), Amounts.tidy(rd.otherCap()),
                    Amounts.tidy(rd.otherCounted()), Amounts.tidy(rd.rdCounted()), Amounts.tidy(rd.domesticCounted()),
                    Amounts.tidy(sales.get(i))));
        }
        return rows;
    }
}
