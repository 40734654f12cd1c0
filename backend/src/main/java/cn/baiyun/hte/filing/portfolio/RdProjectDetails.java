package cn.baiyun.hte.filing.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An R&D project as the firm's RD sheets list it: code (e.g. RD01, unique within the firm), title,
 * period, budget and the spend of each fiscal year within the period, all in yuan.
 */
public record RdProjectDetails(String code, String title, LocalDate startDate, LocalDate endDate, BigDecimal budget,
                               List<YearSpend> spendByYear) {

    public RdProjectDetails {
        spendByYear = spendByYear == null ? List.of() : List.copyOf(spendByYear);
    }

    public BigDecimal totalSpend() {
        return spendByYear.stream().map(YearSpend::amount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
