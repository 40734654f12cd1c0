package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a firm registers, for signing up and editing alike. The pitch fields are asked for roadshows only
 * (and ignored for trainings); {@link RegistrationRules} checks it against the event.
 *
 * @param financingSought CNY (yuan), exact
 */
public record RegistrationForm(String projectName, String summary, BigDecimal financingSought, FundingStage stage,
                               String useOfFunds, List<Attendee> attendees, Boolean consentToShareContacts) {
}
