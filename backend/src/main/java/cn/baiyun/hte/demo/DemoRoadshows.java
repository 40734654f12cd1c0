package cn.baiyun.hte.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.roadshow.Attendee;
import cn.baiyun.hte.roadshow.EventKind;
import cn.baiyun.hte.roadshow.FundingStage;
import cn.baiyun.hte.roadshow.OutcomeForm;
import cn.baiyun.hte.roadshow.RegistrationForm;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.Roadshow;
import cn.baiyun.hte.roadshow.RoadshowForm;
import cn.baiyun.hte.roadshow.RoadshowSearch;
import cn.baiyun.hte.roadshow.RoadshowService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The demo's roadshows, dated from today: an upcoming published roadshow of one seat that firm A holds and
 * firm B waits for, a roadshow a month ago that both attended, completed with its outcomes, and an upcoming
 * training with seats free. Added once the firms exist ({@link DemoData} runs first: this waits for the
 * application to be ready, which comes after every runner), and only into a database without events.
 */
@Component
@ConditionalOnBooleanProperty("hte.demo-data.enabled")
class DemoRoadshows {

    private static final Logger log = LoggerFactory.getLogger(DemoRoadshows.class);
    private static final Duration TIMEOUT = DemoData.TIMEOUT;
    private static final PortalUser OFFICER = new PortalUser("00000000-0000-4000-8000-000000000004", "officer-jrb",
            "王融资", Set.of(PortalRole.DEPARTMENT), "金融办", Set.of(), false);
    private static final PortalUser FIRM_A = person("00000000-0000-4000-8000-000000000011", "firm-a", "李明");
    private static final PortalUser FIRM_B = person("00000000-0000-4000-8000-000000000012", "firm-b", "张华");
    private static final PortalUser REVIEWER = new PortalUser("00000000-0000-4000-8000-000000000001", "reviewer",
            "王审核", Set.of(PortalRole.REVIEWER), null, Set.of(), false);

    private final RoadshowService roadshows;
    private final RegistrationService registrations;
    private final EnterpriseService enterprises;
    private final Clock clock;

    DemoRoadshows(RoadshowService roadshows, RegistrationService registrations, EnterpriseService enterprises,
                  Clock clock) {
        this.roadshows = roadshows;
        this.registrations = registrations;
        this.enterprises = enterprises;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedWhenReady() {
        Boolean none = roadshows.list(REVIEWER, RoadshowSearch.all()).map(page -> page.items().isEmpty()).block(TIMEOUT);
        Enterprise firmA = firm(DemoData.FIRM_A_USCC);
        Enterprise firmB = firm(DemoData.FIRM_B_USCC);
        if (!Boolean.TRUE.equals(none) || firmA == null || firmB == null) {
            return;
        }
        seed(firmA.id(), firmB.id()).block(TIMEOUT);
        log.info("Demo data: an upcoming roadshow (firm A confirmed, firm B waitlisted), a completed one with outcomes "
                + "and an upcoming training");
    }

    private Mono<Void> seed(String firmA, String firmB) {
        LocalDateTime today = LocalDateTime.now(clock.withZone(ClockConfiguration.ZONE)).withHour(9).withMinute(0)
                .withSecond(0).withNano(0);
        return upcomingRoadshow(today, firmA, firmB).then(pastRoadshow(today, firmA, firmB)).then(training(today));
    }

    private Mono<Void> upcomingRoadshow(LocalDateTime today, String firmA, String firmB) {
        RoadshowForm form = new RoadshowForm(EventKind.ROADSHOW, "白云区“科技+金融”项目路演（智能制造专场）",
                "Baiyun tech-finance roadshow: smart manufacturing", "面向智能制造领域科技型企业，邀请创投机构与银行现场听取项目路演，"
                + "每家企业路演 8 分钟、答疑 5 分钟。名额有限，满员后进入候补。",
                "Firms in smart manufacturing pitch to venture investors and banks: 8 minutes each and 5 minutes of "
                + "questions. Seats are limited; a waitlist forms when full.",
                List.of("智能制造", "科技金融"), List.of(), today.plusDays(10).withHour(14),
                today.plusDays(10).withHour(17), "白云区科技创新中心 3 楼路演厅", null, 1, today.minusDays(1),
                today.plusDays(8).withHour(18), false, 3, List.of("贵州省创业投资促进会", "贵阳产业发展基金", "贵阳银行科技支行"));
        return roadshows.create(OFFICER, form)
                .flatMap(draft -> roadshows.publish(OFFICER, draft.id()))
                .flatMap(event -> registrations.register(FIRM_A, event.id(), firmA, pitchA())
                        .then(registrations.register(FIRM_B, event.id(), firmB, pitchB())))
                .then();
    }

    /**
     * Held a month ago: made while it was ahead (firms can sign up only then), then dated back to when it took
     * place; both firms checked in at the door as it began (a few minutes apart, entered from the door's list),
     * the event completed, and its outcomes recorded.
     */
    private Mono<Void> pastRoadshow(LocalDateTime today, String firmA, String firmB) {
        RoadshowForm ahead = pastForm(today.plusDays(3), today.minusDays(1), today.plusDays(2));
        LocalDateTime started = today.minusDays(30).withHour(14);
        RoadshowForm held = pastForm(started, today.minusDays(45), today.minusDays(31));
        return roadshows.create(REVIEWER, ahead)
                .flatMap(draft -> roadshows.publish(REVIEWER, draft.id()))
                .flatMap(event -> registrations.register(FIRM_A, event.id(), firmA, pitchA())
                        .zipWith(registrations.register(FIRM_B, event.id(), firmB, pitchB()))
                        .flatMap(both -> roadshows.update(REVIEWER, event.id(), held, null)
                                .then(registrations.checkInAt(REVIEWER, event.id(),
                                        both.getT1().registration().checkInCode(), arrival(started.minusMinutes(12))))
                                .then(registrations.checkInAt(REVIEWER, event.id(),
                                        both.getT2().registration().checkInCode(), arrival(started.plusMinutes(4))))
                                .then(roadshows.complete(REVIEWER, event.id()))
                                .then(registrations.recordOutcome(REVIEWER, both.getT1().registration().id(),
                                        new OutcomeForm(true, true, true, new BigDecimal("8000000.00"),
                                                "贵阳产业发展基金领投 A 轮，已完成交割")))
                                .then(registrations.recordOutcome(REVIEWER, both.getT2().registration().id(),
                                        new OutcomeForm(true, true, false, null, "两家机构约定尽调，跟进中")))))
                .then();
    }

    private static Instant arrival(LocalDateTime local) {
        return local.atZone(ClockConfiguration.ZONE).toInstant();
    }

    private static RoadshowForm pastForm(LocalDateTime starts, LocalDateTime opens, LocalDateTime closes) {
        return new RoadshowForm(EventKind.ROADSHOW, "白云区“科技+金融”项目路演（数字经济专场）",
                "Baiyun tech-finance roadshow: digital economy", "数字经济领域企业路演，创投机构、银行与担保机构参加。",
                "Digital-economy firms pitch to venture investors, banks and guarantors.", List.of("数字经济", "科技金融"),
                List.of(), starts, starts.plusHours(3), "白云区科技创新中心 3 楼路演厅", null, 12, opens, closes, false, 3,
                List.of("贵阳产业发展基金", "贵州银行白云支行"));
    }

    private Mono<Void> training(LocalDateTime today) {
        RoadshowForm form = new RoadshowForm(EventKind.TRAINING, "研发费用加计扣除政策解读会",
                "Briefing: the R&D super deduction", "区税务局讲解研发费用加计扣除的归集口径、辅助账和申报要点，现场答疑。",
                "The district tax bureau explains how to collect R&D costs, keep the auxiliary ledger and claim the "
                + "super deduction, with questions answered.", List.of("政策解读", "研发费用"), List.of(),
                today.plusDays(14).withHour(9).withMinute(30), today.plusDays(14).withHour(11).withMinute(30),
                "白云区政务服务中心 2 楼培训室", "https://meeting.example.cn/hte-rd-briefing", 60, today.minusDays(1),
                today.plusDays(13).withHour(17), false, 2, List.of());
        return roadshows.create(REVIEWER, form).flatMap(draft -> roadshows.publish(REVIEWER, draft.id())).then();
    }

    private static RegistrationForm pitchA() {
        return new RegistrationForm("工业视觉质检平台", "基于深度学习的工业视觉检测系统，已在 12 家制造企业部署，检测效率提升 40%。",
                new BigDecimal("8000000.00"), FundingStage.SERIES_A, "算法研发团队扩充与华南市场拓展",
                List.of(new Attendee("李明", "总经理", "13908510001"), new Attendee("周婷", "财务总监", "13908510002")), true);
    }

    private static RegistrationForm pitchB() {
        return new RegistrationForm("政务数据中台", "面向区县政务的数据治理与共享平台，已服务 5 个区县。",
                new BigDecimal("5000000.00"), FundingStage.PRE_A, "产品研发与交付团队建设",
                List.of(new Attendee("张华", "董事长", "13985020001")), false);
    }

    private Enterprise firm(String uscc) {
        return enterprises.withCode(UnifiedSocialCreditCode.of(uscc), null).block(TIMEOUT);
    }

    private static PortalUser person(String id, String username, String name) {
        return new PortalUser(id, username, name, Set.of(PortalRole.ENTERPRISE), null, Set.of(), false);
    }
}
