package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;

/** A schedule row as a reviewer gives it. */
public record RateDetails(Integer year, SubsidyEvent event, BigDecimal amount, BigDecimal cap,
                          String sourceDocument) {
}
