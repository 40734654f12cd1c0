package cn.baiyun.hte.filing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows what a {@link FilingSectionSaved} recorded as the filing pages say it: the section by its title,
 * the changed fields by their form labels, the digests shortened to a fingerprint a person can compare.
 */
@Component
class FilingChangeFormat implements ChangeValueFormat {

    /** Hex digits of a digest shown: enough to tell two versions apart at a glance; the entry keeps all 64. */
    static final int FINGERPRINT = 16;

    private final MessageSource messages;

    FilingChangeFormat(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return "filing".equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        return switch (field) {
            case FilingSectionSaved.SECTION -> Arrays.stream(FilingSection.values())
                    .filter(section -> section.name().equals(value)).findFirst()
                    .map(section -> messages.getMessage("filing.section." + section.slug(), null, locale));
            case FilingSectionSaved.CHANGED_FIELDS -> Optional.of(Arrays.stream(value.split(FilingSectionSaved.FIELD_SEPARATOR))
                    .map(path -> label(path, locale))
                    .collect(Collectors.joining(messages.getMessage("filing.history.field-separator", null, locale))));
            case FilingSectionSaved.DIGEST -> Optional.of(value.length() > FINGERPRINT
                    ? value.substring(0, FINGERPRINT) + "…" : value);
            default -> Optional.empty();
        };
    }

    /** A field's form label, or for a field the form does not label as a whole (a list of rows) its history name. */
    private String label(String path, Locale locale) {
        String label = messages.getMessage("label." + path, null, null, locale);
        return label != null ? label : messages.getMessage("filing.history." + path, null, path, locale);
    }
}
