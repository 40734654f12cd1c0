package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;

/**
 * The conversion between cycles from tech-based SME to HTE: of the firms entered in the tech-based SME register in
 * {@code year}, the share first recognised as HTE (certificate issued) in {@code year + 1}.
 */
public record CohortConversion(int year, long techSmes, long recognisedNextYear, BigDecimal conversion) {
}
