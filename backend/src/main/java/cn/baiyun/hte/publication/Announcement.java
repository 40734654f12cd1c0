package cn.baiyun.hte.publication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An announcement (通知公告) as stored. {@code listedAt} orders the lists, newest first: when it was last
 * published, or for one never published when it was drafted. {@code titleKey} holds both titles lower-cased
 * for the title search (see {@link PublicationQuery}). The indexes serve each list: everyone's (published, by
 * category or not), the reviewers' (every status, by category or not), and the title search.
 */
@Document(Announcement.COLLECTION)
@WithOutbox
@CompoundIndex(name = "status_listed", def = "{'status': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "status_category_listed", def = "{'status': 1, 'category': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "listed", def = "{'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "category_listed", def = "{'category': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "status_title", def = "{'status': 1, 'titleKey': 1}")
public record Announcement(@Id String id, String titleZh, String titleEn, AnnouncementCategory category,
                           String bodyZh, String bodyEn, PublicationStatus status, Instant publishedAt,
                           Instant listedAt, String titleKey, Instant createdAt, Instant updatedAt,
                           @Version Long version) implements Listed {

    static final String COLLECTION = "announcements";

    static Announcement drafted(AnnouncementDetails d, Instant now) {
        return new Announcement(null, d.titleZh(), d.titleEn(), d.category(), d.bodyZh(), d.bodyEn(),
                PublicationStatus.DRAFT, null, now, Bilingual.searchKey(d.titleZh(), d.titleEn()), now, now, null);
    }

    Announcement edited(AnnouncementDetails d, Instant now) {
        return new Announcement(id, d.titleZh(), d.titleEn(), d.category(), d.bodyZh(), d.bodyEn(), status,
                publishedAt, listedAt, Bilingual.searchKey(d.titleZh(), d.titleEn()), createdAt, now, version);
    }

    AnnouncementDetails details() {
        return new AnnouncementDetails(titleZh, titleEn, category, bodyZh, bodyEn);
    }

    public String title(Locale locale) {
        return Bilingual.pick(titleZh, titleEn, locale);
    }

    public List<String> paragraphs(Locale locale) {
        return Bilingual.paragraphs(Bilingual.pick(bodyZh, bodyEn, locale));
    }

    /** Whether an English reader sees the Chinese text, for a note saying so. */
    public boolean untranslated(Locale locale) {
        return Bilingual.untranslated(titleEn, locale) || Bilingual.untranslated(bodyEn, locale);
    }
}
