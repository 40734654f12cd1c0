package cn.baiyun.hte.platform.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;

/**
 * The {@link ChangeValueFormat} of a feature whose changes record enum constants: each named field's value is
 * shown by the feature's message {@code prefix + value}, so that the history never shows a code. A feature
 * declares one as a bean; a value without a message stays as recorded.
 */
public final class CodeNameFormat implements ChangeValueFormat {

    private final MessageSource messages;
    private final String subjectType;
    private final Map<String, String> keyPrefixByField;

    /**
     * @param subjectType      the kind of subject the feature records ({@code relocation})
     * @param keyPrefixByField for each field that holds a constant, the prefix of its messages' keys
     */
    public CodeNameFormat(MessageSource messages, String subjectType, Map<String, String> keyPrefixByField) {
        this.messages = messages;
        this.subjectType = subjectType;
        this.keyPrefixByField = Map.copyOf(keyPrefixByField);
    }

    @Override
    public boolean reads(String subjectType) {
        return this.subjectType.equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        String prefix = keyPrefixByField.get(field);
        return prefix == null ? Optional.empty()
                : Optional.ofNullable(messages.getMessage(prefix + value, null, null, locale));
    }
}
