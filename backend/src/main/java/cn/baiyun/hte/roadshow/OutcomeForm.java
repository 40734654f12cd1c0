package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;

/** What organisers record of a firm's participation after the event. */
public record OutcomeForm(Boolean investorInterest, Boolean followUpMeeting, Boolean financingObtained,
                          BigDecimal financingAmount, String note) {
}
