package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

/**
 * The tech-based SME evaluation, shaped like the {@code expected} of the tech-SME worked examples.
 *
 * @param rdScoreUsed the higher of the two R&D measures, as 115号 lets the firm choose
 * @param route       how the firm qualifies, or {@link TechSmeRoute#NONE}
 */
public record TechSmeEvaluation(BigDecimal stRatio4dp, int stScore, BigDecimal rdToSales4dp, int rdToSalesScore,
                                BigDecimal rdToCost4dp, int rdToCostScore, int rdScoreUsed, int ipScore, int total,
                                boolean sizeOk, boolean qualifies, TechSmeRoute route) {
}
