package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.publication.AnnouncementCategory;
import cn.baiyun.hte.publication.AnnouncementDetails;
import cn.baiyun.hte.publication.AnnouncementService;
import cn.baiyun.hte.publication.PolicyDetails;
import cn.baiyun.hte.publication.PolicyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo announcements and policies, drafted and published by the demo reviewer through the same services as
 * the pages: a filing window, the 30 April tier adjustment deadline, a roadshow call and a department's good
 * practice, three policies with small real PDFs, and one draft of each, with dates counted from today. Apart
 * from {@link DemoData}, since it needs none of the firms: it seeds when there are no announcements yet.
 */
@Component
@ConditionalOnBooleanProperty("hte.demo-data.enabled")
class DemoPublications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPublications.class);
    private static final Duration TIMEOUT = DemoData.TIMEOUT;
    private static final PortalUser REVIEWER = new PortalUser("00000000-0000-4000-8000-000000000001", "reviewer",
            "王审核", Set.of(PortalRole.REVIEWER), null, Set.of(), false);

    private final AnnouncementService announcements;
    private final PolicyService policies;
    private final Clock clock;

    DemoPublications(AnnouncementService announcements, PolicyService policies, Clock clock) {
        this.announcements = announcements;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Boolean.TRUE.equals(announcements.latest(1).hasElements().block(TIMEOUT))) {
            log.info("Demo data: announcements already there, none added");
            return;
        }
        seed().block(TIMEOUT);
        log.info("Demo data: four announcements and three policies published, one draft of each");
    }

    private Mono<Void> seed() {
        LocalDate today = LocalDate.now(clock);
        return Flux.concat(policies(today), announcements(today)).then();
    }

    /** Oldest first, so that the list shows the latest on top. */
    private Flux<String> announcements(LocalDate today) {
        LocalDate windowCloses = today.plusDays(30);
        LocalDate adjustment = nextAprilThirtieth(today);
        LocalDate roadshow = today.plusDays(21);
        return Flux.concat(
                publishedAnnouncement(new AnnouncementDetails(
                        "区工信局联合区科技局开展“千企面对面”走访的经验做法",
                        "Good practice: joint visits of the industry bureau and the science bureau",
                        AnnouncementCategory.GOOD_PRACTICE,
                        "今年以来，区工信局与区科技局组成联合走访组，对培育库内 34 家企业逐户上门服务，"
                                + "现场讲解研发费用归集、知识产权布局和高企申报材料要求。\n\n"
                                + "走访中发现的问题当场登记、限期办结，形成“走访—跟进—反馈”的闭环。"
                                + "经统计，走访企业研发费用辅助账建账率由 41% 提高到 85%。\n\n"
                                + "欢迎各部门、各企业交流好的经验和做法，区科技局将及时宣传推广。",
                        "Since the start of the year the two bureaus have visited each of the 34 firms of the pool "
                                + "together, explaining R&D expense collection, IP planning and the HTE application.\n\n"
                                + "Issues found are logged on the spot and followed up by a date. The share of visited "
                                + "firms keeping an R&D expense ledger rose from 41% to 85%.")),
                publishedAnnouncement(new AnnouncementDetails(
                        "关于开展培育库企业年度数据填报的通知",
                        "Annual data filing for the firms of the cultivation pool",
                        AnnouncementCategory.FILING_WINDOW,
                        "各培育库企业：\n\n为做好高新技术企业梯队培育动态调整工作，请于 " + windowCloses
                                + " 前登录本平台，完成上一年度财务数据、研发费用、人员情况的填报，并上传专项审计报告等佐证材料。\n\n"
                                + "填报中如有疑问，请查阅“办事指南”或拨打页面底部的咨询电话。",
                        "To all firms of the pool:\n\nPlease sign in and file last year's financials, R&D spend and "
                                + "staff, with the audit reports as evidence, by " + windowCloses + ".")),
                publishedAnnouncement(new AnnouncementDetails(
                        "关于 " + adjustment.getYear() + " 年 4 月 30 日前完成培育库梯队动态调整的提醒",
                        "Reminder: the tier adjustment of the pool closes on 30 April " + adjustment.getYear(),
                        AnnouncementCategory.DEADLINE,
                        "按照《白云区高新技术企业培育工作实施方案》，培育库实行一年一次动态调整，每年 4 月底前完成。\n\n"
                                + "请尚未提交年度数据的企业于 " + adjustment + " 前完成填报；逾期未填报的，将按已有数据评价。",
                        "The pool is adjusted once a year, by the end of April. Firms that have not filed yet, please "
                                + "file by " + adjustment + "; later, the assessment uses the data on file.")),
                publishedAnnouncement(new AnnouncementDetails(
                        "关于征集科技金融项目路演企业的通知",
                        "Call for firms to pitch at the technology finance roadshow",
                        AnnouncementCategory.EVENT_CALL,
                        "区科技局、区金融办定于 " + roadshow + " 举办科技金融项目路演，邀请银行、投资机构现场对接。\n\n"
                                + "有融资需求的培育库企业，请于路演前一周登录本平台报名，并准备 8 分钟路演材料。",
                        "The science bureau and the finance office hold a technology finance roadshow on " + roadshow
                                + ", with banks and investors. Firms of the pool seeking financing, please sign up a "
                                + "week before and prepare an 8-minute pitch.")),
                draftAnnouncement(new AnnouncementDetails(
                        "关于举办研发费用加计扣除政策培训的通知（草稿）", null, AnnouncementCategory.EVENT_CALL,
                        "培训时间、地点待定。", null)));
    }

    private Flux<String> policies(LocalDate today) {
        return Flux.concat(
                publishedPolicy(new PolicyDetails("高新技术企业认定管理办法",
                        "Administrative Measures for the Recognition of High-Tech Enterprises",
                        "科技部 财政部 国家税务总局", "MOST, MOF, STA", "国科发火〔2016〕32号", LocalDate.of(2016, 1, 29),
                        "规定高新技术企业的认定条件、程序和监督管理，包括研发费用占比、高新技术产品收入占比、"
                                + "科技人员占比和知识产权等条件。",
                        "The conditions, procedure and supervision of HTE recognition: R&D intensity, share of "
                                + "high-tech revenue, S&T staff and IP.",
                        List.of("高新技术企业", "认定条件")), "HTE recognition measures (Guokefahuo 2016 No. 32)"),
                publishedPolicy(new PolicyDetails("关于进一步完善研发费用税前加计扣除政策的公告",
                        null, "财政部 税务总局", null, "财政部 税务总局公告2023年第7号", LocalDate.of(2023, 3, 26),
                        "企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，"
                                + "自 2023 年 1 月 1 日起，再按照实际发生额的 100% 在税前加计扣除。",
                        null, List.of("研发费用", "加计扣除", "税收优惠")), "R&D super deduction (MOF STA 2023 No. 7)"),
                publishedPolicy(new PolicyDetails("贵阳贵安高新技术企业培育工作实施方案（2022-2025）",
                        "Guiyang-Gui'an HTE cultivation plan 2022-2025", "贵阳市人民政府办公厅",
                        "General Office of the Guiyang Municipal Government", "筑府办函〔2022〕24号",
                        LocalDate.of(2022, 3, 1),
                        "围绕“1+7+1”重点产业，建立高新技术企业培育库，分梯队培育，完善科技金融服务。",
                        "A cultivation pool in three tiers around the key industries, with technology finance services.",
                        List.of("高新技术企业", "培育库")), "Guiyang HTE cultivation plan (Zhufubanhan 2022 No. 24)"),
                draftPolicy(new PolicyDetails("白云区高新技术企业培育工作实施方案",
                        null, "白云区人民政府办公室", null, "白府办发〔" + today.getYear() + "〕1号", today.minusDays(3),
                        "待审定：到 2025 年全区高新技术企业数量突破 110 家。", null, List.of("高新技术企业", "白云区")),
                        "Baiyun HTE cultivation plan (draft)"));
    }

    private Mono<String> draftAnnouncement(AnnouncementDetails details) {
        return announcements.create(REVIEWER, details).map(a -> a.id());
    }

    private Mono<String> publishedAnnouncement(AnnouncementDetails details) {
        return draftAnnouncement(details).flatMap(id -> announcements.publish(REVIEWER, id)).map(a -> a.id());
    }

    /** @param pdfTitle what the PDF's page shows (ASCII: the standard fonts carry no Chinese glyphs) */
    private Mono<String> draftPolicy(PolicyDetails details, String pdfTitle) {
        byte[] pdf = DemoDocuments.onePagePdf(pdfTitle);
        return policies.create(REVIEWER, details, details.documentNumber() + ".pdf",
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(pdf))).map(p -> p.id());
    }

    private Mono<String> publishedPolicy(PolicyDetails details, String pdfTitle) {
        return draftPolicy(details, pdfTitle).flatMap(id -> policies.publish(REVIEWER, id)).map(p -> p.id());
    }

    /** The coming 30 April, today's if it has not passed. */
    static LocalDate nextAprilThirtieth(LocalDate today) {
        LocalDate thisYear = MonthDay.of(4, 30).atYear(today.getYear());
        return today.isAfter(thisYear) ? thisYear.plusYears(1) : thisYear;
    }
}
