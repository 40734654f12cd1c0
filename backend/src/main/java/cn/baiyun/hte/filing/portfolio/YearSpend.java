package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;

/** What an R&D project spent in one fiscal year, in yuan. */
public record YearSpend(Integer year, BigDecimal amount) {
}
