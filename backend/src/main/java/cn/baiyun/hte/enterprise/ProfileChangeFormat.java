package cn.baiyun.hte.enterprise;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import cn.baiyun.hte.platform.audit.RecordText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the profile values a {@link ProfileUpdated} recorded ({@link ProfileChanges} records each field's
 * text) as the profile page shows them: the stage and the yes/no answers by their labels, the technical
 * field with its name, certificates and contacts as short sentences rather than their record text.
 */
@Component
class ProfileChangeFormat implements ChangeValueFormat {

    private final TechnicalFieldCatalogue catalogue;
    private final MessageSource messages;

    ProfileChangeFormat(TechnicalFieldCatalogue catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return "enterprise".equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        return switch (field) {
            case "technicalField" -> Optional.of(catalogue.label(value, locale));
            case "lifecycleStage" -> label("stage." + value, locale);
            case "residentEnterprise", "industrial", "aboveDesignatedSize" -> label("answer." + value, locale);
            case "specialized" -> RecordText.read(value, SpecializedCertificate.class).map(certificate ->
                    message("profile.specialized.summary", locale, message("level." + certificate.level(), locale),
                            certificate.issuer(), certificate.validFrom(), certificate.validTo()));
            case "hteCertificate" -> RecordText.read(value, HteCertificate.class).map(certificate ->
                    message("profile.hte.summary", locale, certificate.number(), certificate.issueDate(),
                            certificate.issueDate() == null ? null : certificate.validUntil()));
            case "techSme" -> RecordText.read(value, TechSmeRegistration.class).map(registration ->
                    message("profile.tech-sme.summary", locale, registration.number(), registration.year()));
            case "contacts" -> RecordText.readList(value, Contact.class).map(contacts -> contacts.stream()
                    .map(contact -> message("history.contact", locale, contact.name(), contact.position(),
                            contact.phone(), contact.email()))
                    .collect(Collectors.joining(message("history.separator", locale))));
            default -> Optional.empty();
        };
    }

    private Optional<String> label(String key, Locale locale) {
        return Optional.ofNullable(messages.getMessage(key, null, null, locale));
    }

    /** The message with a dash for each part not given, as the profile page leaves no "null" in a sentence. */
    private String message(String key, Locale locale, Object... arguments) {
        String none = messages.getMessage("history.none", null, "—", locale);
        Object[] shown = Arrays.stream(arguments).map(argument -> argument == null ? none : argument).toArray();
        return messages.getMessage(key, shown, locale);
    }
}
