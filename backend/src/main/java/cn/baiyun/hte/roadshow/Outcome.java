package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What came of a firm's participation, recorded by organisers after the event and updated as it develops.
 *
 * @param financingAmount the financing obtained later, in CNY; null when none (yet)
 */
@Schema(name = "RegistrationOutcome")
public record Outcome(boolean investorInterest, boolean followUpMeeting, boolean financingObtained,
                      BigDecimal financingAmount, String note, Instant recordedAt, String recordedBy) {
}
