package cn.baiyun.hte.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.platform.events.NoticeToFirm;
import cn.baiyun.hte.platform.events.NoticeToFirm.NoticeArgument;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one person was told about one event: the message key and its arguments in both languages, so that it
 * is rendered in the reader's language when shown or mailed, and reads the same after its subject changed.
 * Its id derives from the event and the person ({@link #idOf}), so a second delivery of the event finds it there.
 *
 * @param link   where the reader sees more: a path of the portal, never another site
 * @param readAt when the reader opened it or marked it read; {@code null} while unread
 */
@Document(Notice.COLLECTION)
@CompoundIndex(name = "by_user_newest", def = "{'userId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "unread", def = "{'userId': 1, 'readAt': 1}")
@CompoundIndex(name = "read", def = "{'readAt': 1}", sparse = true)
record Notice(@Id String id, String userId, String enterpriseId, String eventType, String key,
              List<NoticeArgument> arguments, String link, Instant createdAt, Instant readAt) {

    static final String COLLECTION = "notices";

    Notice {
        arguments = List.copyOf(arguments);
    }

    static Notice of(NoticeToFirm event, String userId) {
        return new Notice(idOf(event.header().eventId(), userId), userId, event.header().enterpriseId(),
                event.header().type(), event.noticeKey(), event.noticeArguments(), event.noticeLink(),
                event.header().occurredAt(), null);
    }

    /** The same id however often the event arrives: a name-based UUID of the event and the person. */
    static String idOf(String eventId, String userId) {
        return UUID.nameUUIDFromBytes((eventId + "/" + userId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    boolean read() {
        return readAt != null;
    }

    /**
     * The link if it is a path of this portal, else the list of notices: whatever an event says, opening a
     * notice never sends the reader to another site.
     */
    String localLink() {
        boolean local = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(Character::isISOControl);
        return local ? link : NoticePages.LIST;
    }
}
