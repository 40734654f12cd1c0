package cn.baiyun.hte.notification;

import java.time.Duration;

import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener: one notice per approved member, however often the outbox delivers the event. */
@PortalIntegrationTest
class NoticeWriterTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    TestNotices notices;
    @Autowired
    TestFirms firms;
    @Autowired
    NoticeWriter writer;

    @Test
    void everyApprovedMemberIsToldOnceHoweverOftenTheEventArrives() {
        Principals owner = Principals.firmUser("owner");
        Principals colleague = Principals.firmUser("colleague");
        Principals claimant = Principals.firmUser("claimant");
        String firm = notices.firmWith(owner, colleague);
        firms.pendingClaim(claimant, firms.stored(firm).uscc(), "消息测试企业");

        FilingReturned event = notices.deliver(notices.returned(firm, 2025));
        notices.deliver(event);
        notices.deliver(event);

        assertThat(notices.of(owner)).singleElement().satisfies(notice -> {
            assertThat(notice.id()).isEqualTo(Notice.idOf(event.header().eventId(), owner.user().id()));
            assertThat(notice.key()).isEqualTo("filing.notice.returned");
            assertThat(notice.arguments()).extracting(a -> a.zh()).containsExactly("2025", "1");
            assertThat(notice.link()).isEqualTo("/firms/" + firm + "/filings/2025");
            assertThat(notice.createdAt()).isEqualTo(event.header().occurredAt());
            assertThat(notice.read()).isFalse();
        });
        assertThat(notices.of(colleague)).singleElement()
                .satisfies(notice -> assertThat(notice.id()).isNotEqualTo(notices.of(owner).get(0).id()));
        assertThat(notices.of(claimant)).as("a pending claimant is no member yet").isEmpty();
        assertThat(notices.ofFirm(firm)).hasSize(2);
    }

    @Test
    void aSecondEventIsASecondNotice() {
        Principals owner = Principals.firmUser("owner");
        String firm = notices.firmWith(owner);

        notices.deliver(notices.returned(firm, 2024));
        notices.deliver(notices.returned(firm, 2025));

        assertThat(notices.of(owner)).extracting(n -> n.arguments().get(0).zh()).containsExactly("2024", "2025");
    }

    @Test
    void withoutMailConfiguredNoMailJobIsMade() {
        Principals owner = Principals.firmUser("owner");
        notices.deliver(notices.returned(notices.firmWith(owner), 2025));

        assertThat(notices.of(owner)).hasSize(1);
        assertThat(notices.mailJobsOf(owner)).isEmpty();
    }

    @Test
    void eventsThatTellNobodyAreIgnored() {
        Principals owner = Principals.firmUser("owner");
        String firm = notices.firmWith(owner);
        FilingReturned programmeWide = notices.returned(null, 2025);

        writer.on(programmeWide).block(TIMEOUT);
        writer.on(new cn.baiyun.hte.filing.FilingAccepted(notices.returned(firm, 2025).header(), 2025)).block(TIMEOUT);

        assertThat(notices.of(owner)).isEmpty();
    }
}
