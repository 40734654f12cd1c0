package cn.baiyun.hte.assessment;

import java.util.List;

/**
 * The engine's full result for one firm, shaped like the {@code expected} objects of the worked examples with
 * their keys in camelCase, so that a default record serializer writes the example's structure.
 * Optional parts are null when they do not apply.
 *
 * @param rdWithoutCapInfo only when the other-cost cap reduced some year's R&D
 * @param staffWorking     only when staff are given as monthly counts
 */
public record Assessment(String ruleSetVersion, int applicationYear, List<Integer> fiscalYearsConsidered,
                         int lastFiscalYear, List<YearRd> perYearRd, RdWithoutCapInfo rdWithoutCapInfo,
                         StaffWorking staffWorking, Conditions conditions, InnovationScore innovationScore,
                         Tier tier, Indicators indicators) {
}
