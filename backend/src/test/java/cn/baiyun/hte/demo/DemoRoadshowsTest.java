package cn.baiyun.hte.demo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.roadshow.EventKind;
import cn.baiyun.hte.roadshow.RegistrationEntry;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationStatus;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowSearch;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.roadshow.RoadshowStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo's roadshows, made through the real services once the demo firms exist: an upcoming roadshow whose
 * one seat firm A holds while firm B waits, last month's completed roadshow with both firms' outcomes, and an
 * upcoming training.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoRoadshowsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final PortalUser OFFICER = new PortalUser("00000000-0000-4000-8000-000000000004", "officer-jrb",
            "王融资", Set.of(PortalRole.DEPARTMENT), "金融办", Set.of(), false);

    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrations;
    @Autowired
    EnterpriseService enterprises;

    @Test
    void anUpcomingRoadshowWithFirmAConfirmedAndFirmBWaitingACompletedOneWithOutcomesAndATraining() {
        String firmA = enterprises.withCode(UnifiedSocialCreditCode.of(DemoData.FIRM_A_USCC), null).block(TIMEOUT).id();
        String firmB = enterprises.withCode(UnifiedSocialCreditCode.of(DemoData.FIRM_B_USCC), null).block(TIMEOUT).id();
        List<Roadshow> events = roadshows.list(null, RoadshowSearch.all()).block(TIMEOUT).items();

        Roadshow upcoming = events.stream().filter(e -> e.kind() == EventKind.ROADSHOW
                && e.status() == RoadshowStatus.PUBLISHED).findFirst().orElseThrow();
        assertThat(upcoming.capacity()).isEqualTo(1);
        assertThat(entries(upcoming)).extracting(e -> e.registration().enterpriseId(), e -> e.registration().status(),
                RegistrationEntry::waitlistPosition).containsExactly(
                tuple(firmA, RegistrationStatus.CONFIRMED, 0),
                tuple(firmB, RegistrationStatus.WAITLISTED, 1));

        Roadshow past = events.stream().filter(e -> e.status() == RoadshowStatus.COMPLETED).findFirst().orElseThrow();
        assertThat(past.endsAt()).isBefore(upcoming.startsAt());
        assertThat(entries(past)).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.registration().checkedIn()).isTrue();
            // At the door as the event began, not when the demo was seeded.
            assertThat(entry.registration().checkedInAt()).isBetween(past.startsAt().minus(Duration.ofHours(1)),
                    past.endsAt());
            assertThat(entry.registration().outcome()).isNotNull();
        });

        assertThat(events).filteredOn(e -> e.kind() == EventKind.TRAINING && e.status() == RoadshowStatus.PUBLISHED)
                .hasSize(1);
        // Upcoming first: the roadshow and the training before last month's.
        assertThat(events.get(events.size() - 1).id()).isEqualTo(past.id());
    }

    private List<RegistrationEntry> entries(Roadshow roadshow) {
        return registrations.participants(OFFICER, roadshow.id()).collectList().block(TIMEOUT);
    }
}
