package cn.baiyun.hte.roadshow.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import cn.baiyun.hte.roadshow.Attendee;
import cn.baiyun.hte.roadshow.EventKind;
import cn.baiyun.hte.roadshow.FundingStage;
import cn.baiyun.hte.roadshow.RegistrationForm;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowForm;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;

/** Events and registrations for the page tests, made through the services as organisers and firms would. */
record PageFixtures(RoadshowService roadshows, RegistrationService registrations) {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Principals ORGANISER = Principals.reviewer();

    /** A title no other test's event has, so that a page's list shows this test's event by its title. */
    static String unique(String title) {
        return title + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** A roadshow starting in three days whose registration is open now. */
    static RoadshowForm roadshowForm(String title, int capacity, boolean approval) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        return new RoadshowForm(EventKind.ROADSHOW, title, title + " (en)", "面向投资机构的项目路演", null,
                List.of("科技金融"), List.of(), now.plusDays(3), now.plusDays(3).plusHours(3), "白云区科技创新中心",
                null, capacity, now.minusHours(1), now.plusDays(2), approval, 2, List.of("贵州创投"));
    }

    Roadshow draft(String title, int capacity) {
        return roadshows.create(ORGANISER.user(), roadshowForm(title, capacity, false)).block(TIMEOUT);
    }

    Roadshow published(String title, int capacity) {
        Roadshow draft = draft(title, capacity);
        return roadshows.publish(ORGANISER.user(), draft.id()).block(TIMEOUT);
    }

    static RegistrationForm pitch(String project) {
        return new RegistrationForm(project, "工业视觉检测", new BigDecimal("5000000.00"), FundingStage.SERIES_A,
                "扩产与研发", List.of(new Attendee("张三", "总经理", "13800138000")), true);
    }

    RegistrationView register(Principals member, String roadshowId, String enterpriseId) {
        return registrations.register(member.user(), roadshowId, enterpriseId, pitch("智能检测项目")).block(TIMEOUT);
    }

    RegistrationView withDeck(Principals member, RegistrationView view) {
        Flux<DataBuffer> content = Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestFiles.pdf(2_000)));
        return registrations.uploadDeck(member.user(), view.registration().id(), "路演材料.pdf", content).block(TIMEOUT);
    }
}
