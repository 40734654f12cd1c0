package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * A firm's figures for the tech-based SME evaluation (国科发政〔2017〕115号, hte-rules.md §4), shaped like the
 * {@code inputs} of the tech-SME worked examples in camelCase.
 *
 * @param rdExpenseCny119Caliber R&D collected on the super-deduction scope (财税〔2015〕119号), not the HTE scope
 */
public record TechSmeSnapshot(int evaluationYear, int dataYear, boolean residentEnterprise, int employees,
                              int stStaff, BigDecimal salesRevenueCny, BigDecimal totalAssetsCny,
                              BigDecimal costAndExpenseTotalCny, BigDecimal rdExpenseCny119Caliber, int class1Ip,
                              int class2Ip, boolean prohibitedOrRestrictedIndustry, boolean integrityIssues,
                              DirectQualification directQualification) {
}
