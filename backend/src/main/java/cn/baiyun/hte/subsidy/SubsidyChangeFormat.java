package cn.baiyun.hte.subsidy;

import java.util.Locale;
import java.util.Optional;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Shows a schedule row's recorded event ({@link RateChanged}) by its name, not its code. */
@Component
class SubsidyChangeFormat implements ChangeValueFormat {

    private final MessageSource messages;

    SubsidyChangeFormat(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return "subsidy-rate".equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        return "subsidyEvent".equals(field)
                ? Optional.ofNullable(messages.getMessage("subsidy.event." + value, null, null, locale))
                : Optional.empty();
    }
}
