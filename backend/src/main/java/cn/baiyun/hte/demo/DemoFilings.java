package cn.baiyun.hte.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.enterprise.ReaderFirmsScope;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.Incidents;
import cn.baiyun.hte.filing.RdSpend;
import cn.baiyun.hte.filing.SelfAssessment;
import cn.baiyun.hte.filing.Staff;
import cn.baiyun.hte.filing.StaffMonth;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import reactor.core.publisher.Mono;

/**
 * Three fiscal years of filings for a demo firm, made through the filing service like a firm and a
 * reviewer would: every filing passes the same validation and leaves the same audit trail.
 */
final class DemoFilings {

    private final FilingService filings;
    private final ReaderFirmsScope oneReader;
    private final PortalUser reviewer;

    DemoFilings(FilingService filings, ReaderFirmsScope oneReader, PortalUser reviewer) {
        this.filings = filings;
        this.oneReader = oneReader;
        this.reviewer = reviewer;
    }

    /**
     * The headline figures of one fiscal year, in yuan and heads, and the firm's own estimate of the score
     * items that experts judge; the sections are derived from them.
     */
    record Year(int fiscalYear, long salesRevenue, long rdSpend, int staff, int scienceAndTechnologyStaff,
                SelfAssessment selfAssessment) {

        /** A firm that rates itself "较高" on both bands and keeps some R&D practices only in part. */
        Year(int fiscalYear, long salesRevenue, long rdSpend, int staff, int scienceAndTechnologyStaff) {
            this(fiscalYear, salesRevenue, rdSpend, staff, scienceAndTechnologyStaff, MODEST);
        }
    }

    static final SelfAssessment MODEST = new SelfAssessment(SelfAssessment.Band.B, SelfAssessment.Band.B,
            SelfAssessment.Practice.FULL, SelfAssessment.Practice.PARTIAL, SelfAssessment.Practice.PARTIAL,
            SelfAssessment.Practice.FULL, false);
    /** A firm with an invention at the core of its products and every R&D practice in place. */
    static final SelfAssessment STRONG = new SelfAssessment(SelfAssessment.Band.A, SelfAssessment.Band.A,
            SelfAssessment.Practice.FULL, SelfAssessment.Practice.FULL, SelfAssessment.Practice.FULL,
            SelfAssessment.Practice.FULL, false);

    Mono<Filing> accepted(PortalUser owner, String firm, Year year) {
        return submitted(owner, firm, year)
                .flatMap(filing -> filings.accept(reviewer, firm, filing.fiscalYear(), IfMatch.of(filing.version())));
    }

    Mono<Filing> returned(PortalUser owner, String firm, Year year, FilingSection section, String comment) {
        return submitted(owner, firm, year).flatMap(filing -> filings.returnSections(reviewer, firm,
                filing.fiscalYear(), Map.of(section, comment), IfMatch.of(filing.version())));
    }

    /**
     * A draft with its financials, R&D spend and staff filled in, the rest still to do: enough for the firm's
     * tech-based SME self-check, which reads only those of the last fiscal year.
     */
    Mono<Filing> draft(PortalUser owner, String firm, Year year) {
        return oneReader.around(drafted(owner, firm, year)
                .flatMap(filing -> save(owner, filing, FilingSection.STAFF, staff(year))));
    }

    private Mono<Filing> drafted(PortalUser owner, String firm, Year year) {
        return filings.create(owner, firm, year.fiscalYear())
                .flatMap(filing -> save(owner, filing, FilingSection.FINANCIALS, financials(year)))
                .flatMap(filing -> save(owner, filing, FilingSection.RD_SPEND, rdSpend(year)));
    }

    /** Filled in and submitted by the owner, whose access checks share one membership query. */
    private Mono<Filing> submitted(PortalUser owner, String firm, Year year) {
        return oneReader.around(drafted(owner, firm, year)
                .flatMap(filing -> save(owner, filing, FilingSection.STAFF, staff(year)))
                .flatMap(filing -> save(owner, filing, FilingSection.INCIDENTS, new Incidents(true, List.of())))
                .flatMap(filing -> save(owner, filing, FilingSection.SELF_ASSESSMENT, year.selfAssessment()))
                .flatMap(filing -> filings.submit(owner, firm, filing.fiscalYear(), true, IfMatch.of(filing.version()))));
    }

    private Mono<Filing> save(PortalUser owner, Filing filing, FilingSection section, Object value) {
        return filings.saveSection(owner, filing.enterpriseId(), filing.fiscalYear(), section, value,
                IfMatch.of(filing.version()));
    }

    private static Financials financials(Year year) {
        BigDecimal sales = yuan(year.salesRevenue());
        BigDecimal other = yuan(year.salesRevenue() / 20);
        BigDecimal main = sales.subtract(other);
        BigDecimal total = sales.add(yuan(350_000));
        return new Financials(main, other, total, yuan(200_000), yuan(year.salesRevenue() * 7 / 10),
                yuan(year.salesRevenue() * 6 / 10), yuan(year.salesRevenue()), yuan(year.salesRevenue() * 85 / 100), 12);
    }

    /** The year's R&D split as a typical small manufacturer's ledger would split it. */
    private static RdSpend rdSpend(Year year) {
        long rd = year.rdSpend();
        return new RdSpend(yuan(rd * 55 / 100), yuan(rd * 20 / 100), yuan(rd * 8 / 100), yuan(rd * 2 / 100),
                yuan(rd * 3 / 100), yuan(rd * 2 / 100), yuan(rd * 4 / 100), yuan(rd * 5 / 100), yuan(rd / 100));
    }

    /** Monthly rows: staff join through the year, so the average differs from the year-end count. */
    private static Staff staff(Year year) {
        List<StaffMonth> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            int total = year.staff() - 6 + month / 2;
            int st = year.scienceAndTechnologyStaff() - 2 + month / 6;
            months.add(new StaffMonth(month, total, total + (month % 2), st, st + (month == 12 ? 1 : 0)));
        }
        return new Staff(Staff.Mode.MONTHLY, null, null, months);
    }

    private static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
