package cn.baiyun.hte.coaching;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo visit passes every rule and shows each state a follow-up can be in. */
@PortalIntegrationTest
class CoachingDemoTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    CoachingDemo demo;
    @Autowired
    TestFirms firms;
    @Autowired
    StoredVisits stored;
    @Autowired
    Clock clock;

    @Test
    void theDemoVisitHasAnOpenAnOverdueAndADoneFollowUp() {
        String firm = firms.approvedFirm(Principals.firmUser("demo"), "演示走访公司");

        demo.seedTierOneVisit(Principals.reviewer().user(), firm).block(TIMEOUT);

        LocalDate today = LocalDate.now(clock);
        CoachingVisit visit = stored.only(firm);
        assertThat(visit.topics()).containsAll(CoachingTopic.focusOf(1));
        assertThat(visit.followUps()).filteredOn(f -> f.open() && !f.overdueOn(today)).hasSize(1);
        assertThat(visit.followUps()).filteredOn(f -> f.overdueOn(today)).hasSize(1);
        assertThat(visit.followUps()).filteredOn(f -> !f.open()).hasSize(1);
    }
}
