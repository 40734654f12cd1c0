package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import org.springframework.stereotype.Component;

/** Filings in each state, made through the real service, for the page tests. */
@Component
class FilingPageFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The one reviewer who reviews every fixture, so that tests can look for traces of them. */
    static final Principals REVIEWER = Principals.reviewer();

    private final FilingService filings;
    private final Clock clock;

    FilingPageFixtures(FilingService filings, Clock clock) {
        this.filings = filings;
        this.clock = clock;
    }

    /** The latest fiscal year that may be filed. */
    int year() {
        return LocalDate.now(clock).getYear() - 1;
    }

    Filing draft(Principals member, String firm) {
        return filings.create(member.user(), firm, year()).block(TIMEOUT);
    }

    /** A draft with every section complete and consistent. */
    Filing complete(Principals member, String firm) {
        draft(member, firm);
        return fill(member, firm);
    }

    /** Fills every section of the stored draft, complete and consistent. */
    Filing fill(Principals member, String firm) {
        save(member, firm, FilingSection.FINANCIALS, financials());
        save(member, firm, FilingSection.RD_SPEND, new RdSpend(yuan(600000), yuan(150000), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, yuan(100000), BigDecimal.ZERO, BigDecimal.ZERO));
        save(member, firm, FilingSection.STAFF,
                new Staff(Staff.Mode.ANNUAL_AVERAGE, yuan(100), yuan(20), null));
        save(member, firm, FilingSection.INCIDENTS, new Incidents(true, null));
        return save(member, firm, FilingSection.SELF_ASSESSMENT, new SelfAssessment(SelfAssessment.Band.B,
                SelfAssessment.Band.A, SelfAssessment.Practice.FULL, SelfAssessment.Practice.PARTIAL,
                SelfAssessment.Practice.NONE, SelfAssessment.Practice.FULL, false));
    }

    Filing submitted(Principals member, String firm) {
        complete(member, firm);
        return submit(member, firm);
    }

    /** Submits the filing as stored now, with the firm's commitment. */
    Filing submit(Principals member, String firm) {
        return filings.submit(member.user(), firm, year(), true, IfMatch.of(stored(firm).version())).block(TIMEOUT);
    }

    Filing returned(Principals member, String firm, Map<FilingSection, String> comments) {
        Filing submitted = submitted(member, firm);
        return filings.returnSections(REVIEWER.user(), firm, year(), comments, IfMatch.of(submitted.version()))
                .block(TIMEOUT);
    }

    Filing accepted(Principals member, String firm) {
        submitted(member, firm);
        return accept(firm);
    }

    /** Accepts the filing as stored now. */
    Filing accept(String firm) {
        return filings.accept(REVIEWER.user(), firm, year(), IfMatch.of(stored(firm).version())).block(TIMEOUT);
    }

    Filing save(Principals member, String firm, FilingSection section, Object value) {
        Filing current = stored(firm);
        return filings.saveSection(member.user(), firm, year(), section, value, IfMatch.of(current.version()))
                .block(TIMEOUT);
    }

    /** The filing as stored now, read with a reviewer's rights. */
    Filing stored(String firm) {
        return filings.find(REVIEWER.user(), firm, year()).block(TIMEOUT);
    }

    static Financials financials() {
        return new Financials(yuan(9000000), yuan(1000000), yuan(12000000), yuan(500000), yuan(8000000),
                yuan(3000000), yuan(5000000), yuan(7000000), 12);
    }

    static BigDecimal yuan(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
