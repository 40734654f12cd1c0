package cn.baiyun.hte.referral;

import java.util.Locale;
import java.util.Optional;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Shows a referral's recorded status and tier ({@link ReferralUpdated}) by their names, not their codes. */
@Component
class ReferralChangeFormat implements ChangeValueFormat {

    private final MessageSource messages;

    ReferralChangeFormat(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return "referral".equals(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        String key = switch (field) {
            case "referralStatus" -> "referral.status." + value;
            case "publishedTier" -> "referral.tier." + value;
            default -> null;
        };
        return key == null ? Optional.empty() : Optional.ofNullable(messages.getMessage(key, null, null, locale));
    }
}
