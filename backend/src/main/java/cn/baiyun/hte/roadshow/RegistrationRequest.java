package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sign-up through the API: the firm the caller signs up for (they must be its approved member) and what it
 * registers; the pitch fields only for roadshows.
 */
public record RegistrationRequest(String enterpriseId, String projectName, String summary, BigDecimal financingSought,
                                  FundingStage stage, String useOfFunds, List<Attendee> attendees,
                                  Boolean consentToShareContacts) {

    RegistrationForm form() {
        return new RegistrationForm(projectName, summary, financingSought, stage, useOfFunds, attendees,
                consentToShareContacts);
    }
}
