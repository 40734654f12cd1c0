package cn.baiyun.hte.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.Incidents;
import cn.baiyun.hte.filing.RdSpend;
import cn.baiyun.hte.filing.SelfAssessment;
import cn.baiyun.hte.filing.Staff;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.stereotype.Component;

/** Makes accepted filings through the real service: the firm fills and submits, a reviewer accepts. */
@Component
public class TestFilings {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final FilingService filings;
    private final TestFirms firms;
    private final Clock clock;

    TestFilings(FilingService filings, TestFirms firms, Clock clock) {
        this.filings = filings;
        this.firms = firms;
        this.clock = clock;
    }

    /** A firm member, their approved firm and its filing of last year, still a draft. */
    public record Draft(Principals member, String firm, int year) {
    }

    /** A new approved firm of a new member with a draft filing of last year: what uploads and edits start from. */
    public Draft draft(String username, String firmName) {
        Principals member = Principals.firmUser(username);
        String firm = firms.approvedFirm(member, firmName);
        int year = LocalDate.now(clock).getYear() - 1;
        filings.create(member.user(), firm, year).block(TIMEOUT);
        return new Draft(member, firm, year);
    }

    /**
     * An accepted filing of a firm that sells {@code sales} yuan, spends {@code rd} yuan on in-house R&D
     * (all personnel), earns 80% of its income from high-tech products and has the given staff averages.
     */
    public Filing accepted(Principals owner, String firm, int year, long sales, long rd, int staff, int stStaff) {
        BigDecimal revenue = BigDecimal.valueOf(sales);
        Filing filing = filings.create(owner.user(), firm, year).block(TIMEOUT);
        filing = save(owner, filing, FilingSection.FINANCIALS, new Financials(revenue, BigDecimal.ZERO, revenue,
                BigDecimal.ZERO, BigDecimal.valueOf(sales * 8 / 10), BigDecimal.valueOf(sales / 2), revenue,
                BigDecimal.valueOf(sales * 9 / 10), 12));
        filing = save(owner, filing, FilingSection.RD_SPEND, new RdSpend(BigDecimal.valueOf(rd), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO));
        filing = save(owner, filing, FilingSection.STAFF, new Staff(Staff.Mode.ANNUAL_AVERAGE,
                BigDecimal.valueOf(staff), BigDecimal.valueOf(stStaff), List.of()));
        filing = save(owner, filing, FilingSection.INCIDENTS, new Incidents(true, List.of()));
        filing = save(owner, filing, FilingSection.SELF_ASSESSMENT, new SelfAssessment(SelfAssessment.Band.B,
                SelfAssessment.Band.A, SelfAssessment.Practice.FULL, SelfAssessment.Practice.FULL,
                SelfAssessment.Practice.PARTIAL, SelfAssessment.Practice.FULL, false));
        filing = filings.submit(owner.user(), firm, year, true, IfMatch.of(filing.version())).block(TIMEOUT);
        return filings.accept(Principals.reviewer().user(), firm, year, IfMatch.of(filing.version())).block(TIMEOUT);
    }

    private Filing save(Principals owner, Filing filing, FilingSection section, Object value) {
        return filings.saveSection(owner.user(), filing.enterpriseId(), filing.fiscalYear(), section, value,
                IfMatch.of(filing.version())).block(TIMEOUT);
    }
}
