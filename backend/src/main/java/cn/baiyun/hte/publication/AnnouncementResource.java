package cn.baiyun.hte.publication;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** An announcement as the API shows it; {@code publishedAt} is null for one never published. */
@Schema(name = "Announcement")
record AnnouncementResource(String id, String titleZh, String titleEn, AnnouncementCategory category,
                            @Schema(description = "Plain text; paragraphs are separated by a blank line") String bodyZh,
                            String bodyEn, PublicationStatus status, Instant publishedAt) {

    static AnnouncementResource of(Announcement a) {
        return new AnnouncementResource(a.id(), a.titleZh(), a.titleEn(), a.category(), a.bodyZh(), a.bodyEn(),
                a.status(), a.publishedAt());
    }
}
