package cn.baiyun.hte.notification;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A notice as the API and the list page show it, its words in the reader's language.
 *
 * @param type the event it tells of, in the portal's event vocabulary, e.g. {@code pool.tier.published}
 */
@Schema(description = "A notice to the caller, its text in the language asked for (Accept-Language)")
record NoticeResource(String id, String type, String text,
                      @Schema(description = "Where in the portal the reader sees more: a path") String link,
                      Instant createdAt,
                      @Schema(description = "When it was read; absent while unread") Instant readAt) {

    static NoticeResource of(Notice notice, NoticeText text, Locale locale) {
        return new NoticeResource(notice.id(), notice.eventType(), text.text(notice, locale), notice.localLink(),
                notice.createdAt(), notice.readAt());
    }

    public boolean read() {
        return readAt != null;
    }
}
