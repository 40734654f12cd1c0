package cn.baiyun.hte.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A policy document (政策文件) of the library as stored, with its PDF in the GridFS bucket of
 * {@link PolicyFiles}. Ordered and searched like an announcement ({@link Announcement}); {@code tags} are
 * the topics a reader filters by.
 */
@Document(Policy.COLLECTION)
@WithOutbox
@CompoundIndex(name = "status_listed", def = "{'status': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "status_tags_listed", def = "{'status': 1, 'tags': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "listed", def = "{'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "tags_listed", def = "{'tags': 1, 'listedAt': -1, '_id': -1}")
@CompoundIndex(name = "status_title", def = "{'status': 1, 'titleKey': 1}")
public record Policy(@Id String id, String titleZh, String titleEn, String issuerZh, String issuerEn,
                     String documentNumber, LocalDate issuedOn, String summaryZh, String summaryEn, List<String> tags,
                     PolicyFile file, PublicationStatus status, Instant publishedAt, Instant listedAt, String titleKey,
                     Instant createdAt, Instant updatedAt, @Version Long version) implements Listed {

    static final String COLLECTION = "policies";

    public Policy {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    static Policy drafted(PolicyDetails d, PolicyFile file, Instant now) {
        return new Policy(null, d.titleZh(), d.titleEn(), d.issuerZh(), d.issuerEn(), d.documentNumber(),
                d.issuedOn(), d.summaryZh(), d.summaryEn(), d.tags(), file, PublicationStatus.DRAFT, null, now,
                Bilingual.searchKey(d.titleZh(), d.titleEn()), now, now, null);
    }

    /** @param file the new PDF, or the one it has when none was sent */
    Policy edited(PolicyDetails d, PolicyFile file, Instant now) {
        return new Policy(id, d.titleZh(), d.titleEn(), d.issuerZh(), d.issuerEn(), d.documentNumber(), d.issuedOn(),
                d.summaryZh(), d.summaryEn(), d.tags(), file, status, publishedAt, listedAt,
                Bilingual.searchKey(d.titleZh(), d.titleEn()), createdAt, now, version);
    }

    PolicyDetails details() {
        return new PolicyDetails(titleZh, titleEn, issuerZh, issuerEn, documentNumber, issuedOn, summaryZh, summaryEn,
                tags);
    }

    public String title(Locale locale) {
        return Bilingual.pick(titleZh, titleEn, locale);
    }

    public String issuer(Locale locale) {
        return Bilingual.pick(issuerZh, issuerEn, locale);
    }

    public List<String> summary(Locale locale) {
        return Bilingual.paragraphs(Bilingual.pick(summaryZh, summaryEn, locale));
    }

    public boolean untranslated(Locale locale) {
        return Bilingual.untranslated(titleEn, locale) || Bilingual.untranslated(summaryEn, locale);
    }
}
