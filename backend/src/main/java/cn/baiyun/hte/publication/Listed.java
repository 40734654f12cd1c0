package cn.baiyun.hte.publication;

import java.time.Instant;
import java.time.LocalDate;

import cn.baiyun.hte.platform.time.ClockConfiguration;

/** What announcements and policies share: their newest-first lists page by it ({@link PublicationQuery}). */
public interface Listed {

    String id();

    Instant listedAt();

    PublicationStatus status();

    /** When it was last published; null for one never published. */
    Instant publishedAt();

    /** The day it was last published, in the bureau's time zone; null for one never published. */
    default LocalDate publishedOn() {
        return publishedAt() == null ? null : LocalDate.ofInstant(publishedAt(), ClockConfiguration.ZONE);
    }
}
