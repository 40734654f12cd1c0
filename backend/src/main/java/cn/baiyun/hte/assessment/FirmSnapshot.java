package cn.baiyun.hte.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the engine reads about one firm, shaped like the {@code inputs} of the worked examples
 * (examples.json) with their keys in camelCase. Amounts are yuan; fiscal years are calendar years.
 *
 * @param assessmentDate           the day the pool assessment is run; its year is the application year
 * @param techTransformationsByYear transformations of achievements per fiscal year, one achievement counted once
 */
public record FirmSnapshot(LocalDate assessmentDate, LocalDate registrationDate, boolean residentEnterprise,
                           boolean industrialEnterprise, List<SnapshotIncident> incidents, String firmName,
                           TechField techField, List<FiscalYear> fiscalYears,
                           LastFiscalYearIncome lastFiscalYearIncome, StaffLastFiscalYear staffLastFiscalYear,
                           IpHoldings ip, Map<Integer, Integer> techTransformationsByYear,
                           SnapshotSelfAssessment selfAssessment) {

    public FirmSnapshot {
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        fiscalYears = fiscalYears == null ? List.of() : List.copyOf(fiscalYears);
        techTransformationsByYear = techTransformationsByYear == null ? Map.of() : Map.copyOf(techTransformationsByYear);
    }
}
