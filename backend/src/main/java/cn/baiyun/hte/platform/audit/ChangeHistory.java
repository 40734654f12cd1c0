package cn.baiyun.hte.platform.audit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.baiyun.hte.platform.audit.ShownEvent.ShownChange;
import cn.baiyun.hte.platform.events.FieldChange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A firm's change history as a person reads it: each recorded value shown by the feature that recorded it
 * ({@link ChangeValueFormat}); yes/no answers by their labels; anything else as it was recorded, which is
 * plain text (a name, a number, a date).
 */
@Service
public class ChangeHistory {

    private final AuditLog log;
    private final List<ChangeValueFormat> formats;
    private final MessageSource messages;

    ChangeHistory(AuditLog log, List<ChangeValueFormat> formats, MessageSource messages) {
        this.log = log;
        this.formats = List.copyOf(formats);
        this.messages = messages;
    }

    /** The firm's latest entries, newest first. */
    public Mono<List<ShownEvent>> ofEnterprise(String enterpriseId, int limit, Locale locale) {
        return log.ofEnterprise(enterpriseId, limit).map(event -> shown(event, locale)).collectList();
    }

    ShownEvent shown(AuditEvent event, Locale locale) {
        List<ShownChange> changes = event.changes() == null ? List.of() : event.changes().stream()
                .map(change -> shown(event.subjectType(), change, locale)).toList();
        return new ShownEvent(event, changes);
    }

    private ShownChange shown(String subjectType, FieldChange change, Locale locale) {
        return new ShownChange(change.field(), text(subjectType, change.field(), change.before(), locale),
                text(subjectType, change.field(), change.after(), locale));
    }

    /** {@code "null"} and {@code "[]"} are how {@code String.valueOf} recorded no value and an empty list. */
    private String text(String subjectType, String field, String value, Locale locale) {
        if (value == null || value.isBlank() || "null".equals(value) || "[]".equals(value)) {
            return null;
        }
        return formats.stream().filter(format -> format.reads(subjectType))
                .map(format -> format.text(field, value, locale)).flatMap(Optional::stream).findFirst()
                .orElseGet(() -> switch (value) {
                    case "true", "false" -> messages.getMessage("answer." + value, null, value, locale);
                    default -> value;
                });
    }
}
