package cn.baiyun.hte.publication;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.TestFiles;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Announcements and policies made through the services for tests, each titled with a marker of its own so that
 * a test finds its items by a title search among those of every other test sharing the database.
 */
@Component
class Publications {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AnnouncementService announcements;
    private final PolicyService policies;

    Publications(AnnouncementService announcements, PolicyService policies) {
        this.announcements = announcements;
        this.policies = policies;
    }

    static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    static AnnouncementDetails announcement(String title) {
        return new AnnouncementDetails(title, "Notice " + title, AnnouncementCategory.DEADLINE,
                "第一段。\n\n第二段。", "First paragraph.\n\nSecond paragraph.");
    }

    static PolicyDetails policy(String title, String... tags) {
        return new PolicyDetails(title, null, "贵阳市人民政府办公厅", null, "筑府办函〔2022〕24号",
                LocalDate.now(ClockConfiguration.ZONE).minusYears(1), "政策摘要。", null, List.of(tags));
    }

    Announcement draftAnnouncement(PortalUser reviewer, String title) {
        return announcements.create(reviewer, announcement(title)).block(TIMEOUT);
    }

    Announcement publishedAnnouncement(PortalUser reviewer, String title) {
        Announcement draft = draftAnnouncement(reviewer, title);
        return announcements.publish(reviewer, draft.id()).block(TIMEOUT);
    }

    Policy draftPolicy(PortalUser reviewer, String title, String... tags) {
        byte[] pdf = TestFiles.pdf(500);
        return policies.create(reviewer, new PolicyUpload(policy(title, tags), List.of(), title + ".pdf",
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(pdf)))).block(TIMEOUT);
    }

    Policy publishedPolicy(PortalUser reviewer, String title, String... tags) {
        Policy draft = draftPolicy(reviewer, title, tags);
        return policies.publish(reviewer, draft.id()).block(TIMEOUT);
    }
}
