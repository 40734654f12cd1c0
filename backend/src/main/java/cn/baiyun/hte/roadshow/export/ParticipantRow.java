package cn.baiyun.hte.roadshow.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.baiyun.hte.enterprise.TechnicalFieldCatalogue;
import cn.baiyun.hte.roadshow.Attendee;
import cn.baiyun.hte.roadshow.Pitch;
import cn.baiyun.hte.roadshow.Registration;
import cn.baiyun.hte.roadshow.RegistrationEntry;
import org.springframework.context.MessageSource;

/**
 * One registration as the exports write it, every label already in the reader's language. Attendees'
 * mobile numbers are in it only where the firm consented to share contacts with the investors: the files
 * are made to be handed to them.
 */
record ParticipantRow(String firmName, String uscc, String technicalField, String tier, String status,
                      Integer waitlistPosition, String projectName, BigDecimal financingSought, String stage,
                      String useOfFunds, String attendees, String consent, Instant registeredAt, Instant checkedInAt) {

    static ParticipantRow of(RegistrationEntry entry, MessageSource messages, TechnicalFieldCatalogue fields,
                             Locale locale) {
        Registration registration = entry.registration();
        Pitch pitch = registration.pitch();
        return new ParticipantRow(entry.firmName(), entry.uscc(),
                entry.technicalField() == null ? "" : fields.label(entry.technicalField(), locale),
                entry.publishedTier() == null ? "" : messages.getMessage("tier." + entry.publishedTier(), null, locale)
                        + (entry.publishedTierYear() == null ? "" : " (" + entry.publishedTierYear() + ")"),
                messages.getMessage("roadshow.registration.status." + registration.status(), null, locale),
                entry.waitlistPosition() > 0 ? entry.waitlistPosition() : null,
                pitch == null ? "" : pitch.projectName(),
                pitch == null ? null : pitch.financingSought(),
                pitch == null || pitch.stage() == null ? "" : messages.getMessage("roadshow.stage." + pitch.stage(), null, locale),
                pitch == null ? "" : pitch.useOfFunds(),
                attendees(registration, messages, locale),
                messages.getMessage(registration.consentToShareContacts() ? "answer.true" : "answer.false", null, locale),
                registration.registeredAt(), registration.checkedInAt());
    }

    private static String attendees(Registration registration, MessageSource messages, Locale locale) {
        return registration.attendees().stream()
                .map(attendee -> person(attendee, registration.consentToShareContacts()))
                .collect(Collectors.joining(messages.getMessage("roadshow.export.separator", null, "; ", locale)));
    }

    private static String person(Attendee attendee, boolean consented) {
        String role = attendee.role() == null || attendee.role().isBlank() ? "" : " (" + attendee.role() + ")";
        String mobile = consented && attendee.mobile() != null ? " " + attendee.mobile() : "";
        return attendee.name() + role + mobile;
    }
}
