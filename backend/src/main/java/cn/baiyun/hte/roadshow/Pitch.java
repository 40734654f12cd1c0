package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;

/**
 * What a firm pitches at a roadshow (trainings have none).
 *
 * @param financingSought the amount sought in CNY (yuan), exact, stored as Decimal128
 */
public record Pitch(String projectName, String summary, BigDecimal financingSought, FundingStage stage,
                    String useOfFunds) {
}
