package cn.baiyun.hte.relocation;

import java.util.Locale;
import java.util.Optional;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Shows a relocation's recorded HTE status at arrival ({@link RelocationRecorded}) by its name, not its code. */
@Component
class RelocationChangeFormat implements ChangeValueFormat {

    private final MessageSource messages;

    RelocationChangeFormat(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return "relocation".equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        return "hteAtArrival".equals(field)
                ? Optional.ofNullable(messages.getMessage("relocation.hte." + value, null, null, locale))
                : Optional.empty();
    }
}
