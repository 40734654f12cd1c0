package cn.baiyun.hte.roadshow;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Events and firms for the roadshow tests, made through the real services. */
@Component
class RoadshowFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Principals REVIEWER = Principals.reviewer();

    /** A firm with one approved member. */
    record Firm(String id, Principals member) {
    }

    private final RoadshowService roadshows;
    private final TestFirms firms;

    RoadshowFixtures(RoadshowService roadshows, TestFirms firms) {
        this.roadshows = roadshows;
        this.firms = firms;
    }

    /** A roadshow open for registration now, starting in three days. */
    static RoadshowForm form(EventKind kind, int capacity, boolean approval) {
        LocalDateTime now = LocalDateTime.now(ClockConfiguration.ZONE).withSecond(0).withNano(0);
        return new RoadshowForm(kind, "科技金融路演", "Tech finance roadshow", "企业向投资机构路演。", "Firms pitch to investors.",
                List.of("人工智能"), List.of(), now.plusDays(3), now.plusDays(3).plusHours(3), "白云区科创中心",
                null, capacity, now.minusHours(1), now.plusDays(2), approval, 3, List.of("贵州创投"));
    }

    Roadshow published(EventKind kind, int capacity, boolean approval) {
        Roadshow draft = roadshows.create(REVIEWER.user(), form(kind, capacity, approval)).block(TIMEOUT);
        return roadshows.publish(REVIEWER.user(), draft.id()).block(TIMEOUT);
    }

    Firm firm(String name) {
        Principals member = Principals.firmUser(name);
        return new Firm(firms.approvedFirm(member, name), member);
    }

    /** Many firms at once, made a few at a time. */
    List<Firm> firms(int count) {
        return Flux.range(0, count).parallel(8).runOn(reactor.core.scheduler.Schedulers.boundedElastic())
                .map(i -> firm("路演企业" + i)).sequential().collectList().block(Duration.ofMinutes(5));
    }

    static RegistrationForm pitch() {
        return new RegistrationForm("智能巡检机器人", "用于电力巡检的机器人。", new BigDecimal("5000000"), FundingStage.SERIES_A,
                "研发与市场拓展", List.of(new Attendee("张三", "总经理", "13800138000")), true);
    }
}
