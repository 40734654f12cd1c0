package cn.baiyun.hte.publication;

import java.time.Instant;

/** What the newest-first lists of announcements and policies page by ({@link PublicationQuery}). */
interface Listed {

    String id();

    Instant listedAt();

    PublicationStatus status();
}
