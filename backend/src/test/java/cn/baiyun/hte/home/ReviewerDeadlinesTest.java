package cn.baiyun.hte.home;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.PoolOverview;
import cn.baiyun.hte.pool.PoolOverview.DeadlineAlert;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleDates;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle deadlines on the reviewer's home page at chosen days of the programme's year, on a clock the
 * test sets (its own context and database). Each test uses years of its own.
 */
@PortalIntegrationTest
@Import(ReviewerDeadlinesTest.SetClock.class)
class ReviewerDeadlinesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The system clock moved to the day a test sets; it keeps ticking, so leases and timeouts still work. */
    static final class MovedClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void moveTo(LocalDate day) {
            offset.set(Duration.between(Instant.now(), day.atTime(LocalTime.NOON).atZone(ClockConfiguration.ZONE)
                    .toInstant()));
        }

        void reset() {
            offset.set(Duration.ZERO);
        }

        @Override
        public ZoneId getZone() {
            return ClockConfiguration.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SetClock {

        @Bean
        @Primary
        MovedClock movedClock() {
            return new MovedClock();
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    MovedClock clock;
    @Autowired
    CycleService cycles;
    @Autowired
    PoolOverview pool;

    Principals reviewer = Principals.reviewer();

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aNearDeadlineAndAPassedOneWithItsStepNotDoneWaitWithALinkToTheCycle() {
        clock.moveTo(LocalDate.of(2031, 5, 12));
        open(2031, CycleDates.defaultsFor(2031));

        String page = home();

        // The pool was due settled on 30 April and is not; tier 1 goes to the province in 13 days.
        assertThat(page).contains("入库调整已于 2031-04-30 截止，梯队尚未全部确定", "第一梯队推荐将于 2031-05-25 截止",
                        "href=\"/reviewer/cycles/2031\"", "class=\"overdue\"")
                // Filing closed on 15 March: only announced, firms file.
                .doesNotContain("企业年度填报");
        assertThat(home("?lang=en")).contains("href=\"/reviewer/cycles/2031\"");
    }

    @Test
    void aCompletedCycleLeavesNothingWaiting() {
        clock.moveTo(LocalDate.of(2033, 5, 12));
        Cycle cycle = open(2033, CycleDates.defaultsFor(2033));
        cycles.recommended(reviewer.user(), cycle, LocalDate.of(2033, 5, 10), 3).block(TIMEOUT);

        assertThat(alerts(LocalDate.of(2033, 5, 12))).isEmpty();
        assertThat(home()).contains("待办工作").doesNotContain("/reviewer/cycles/2033", "截止");
    }

    /**
     * Late in December the coming cycle's deadlines of early January are near; from New Year's day on the
     * old cycle's undone steps are no longer the queue's.
     */
    @Test
    void inDecemberTheComingCyclesEarlyDeadlinesWaitAndLastYearsAreLeftAfterNewYear() {
        clock.moveTo(LocalDate.of(2034, 12, 24));
        Cycle thisYear = open(2034, CycleDates.defaultsFor(2034));
        cycles.recommended(reviewer.user(), thisYear, LocalDate.of(2034, 5, 20), 3).block(TIMEOUT);
        open(2035, new CycleDates(LocalDate.of(2035, 4, 1), LocalDate.of(2035, 1, 1), LocalDate.of(2035, 1, 6),
                LocalDate.of(2035, 4, 30), LocalDate.of(2035, 5, 25)));

        assertThat(alerts(LocalDate.of(2034, 12, 24)))
                .containsExactly(new DeadlineAlert(2035, "FILING", LocalDate.of(2035, 1, 6), false));
        assertThat(home()).contains("企业年度填报将于 2035-01-06 截止", "href=\"/reviewer/cycles/2035\"")
                .doesNotContain("/reviewer/cycles/2034");

        // A year on, cycle 2035 never settled nor recommended: its page says so, the queue of 2036 does not.
        assertThat(alerts(LocalDate.of(2035, 12, 31))).extracting(DeadlineAlert::kind)
                .containsExactly("ADJUSTMENT", "RECOMMENDATION");
        assertThat(alerts(LocalDate.of(2036, 1, 1))).isEmpty();
    }

    private Cycle open(int year, CycleDates dates) {
        return cycles.open(reviewer.user(), year, dates).block(TIMEOUT);
    }

    private List<DeadlineAlert> alerts(LocalDate today) {
        return pool.deadlineAlerts(reviewer.user(), today).collectList().block(TIMEOUT);
    }

    private String home() {
        return home("");
    }

    private String home(String query) {
        return web.mutateWith(reviewer.session()).get().uri("/" + query).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
