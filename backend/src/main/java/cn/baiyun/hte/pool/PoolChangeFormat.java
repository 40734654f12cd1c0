package cn.baiyun.hte.pool;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Shows the tiers and cycle statuses the pool's events record by their names ({@link TierDecided},
 * {@link TierPublished}, {@link CycleChanged} record the constants).
 */
@Component
class PoolChangeFormat implements ChangeValueFormat {

    private static final Set<String> SUBJECTS = Set.of("poolEntry", "cycle");

    private final MessageSource messages;

    PoolChangeFormat(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public boolean reads(String subjectType) {
        return SUBJECTS.contains(subjectType);
    }

    @Override
    public Optional<String> text(String field, String value, Locale locale) {
        String key = switch (field) {
            case "tier", "publishedTier" -> "tier." + value;
            case "status" -> "cycle.status." + value;
            default -> null;
        };
        return key == null ? Optional.empty() : Optional.ofNullable(messages.getMessage(key, null, null, locale));
    }
}
