package cn.baiyun.hte.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.baiyun.hte.chain.ChainCatalogue;
import cn.baiyun.hte.chain.FirmTagService;
import cn.baiyun.hte.coaching.CoachingService;
import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseSearch;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.enterprise.ReaderFirmsScope;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.SelfAssessment;
import cn.baiyun.hte.filing.evidence.EvidenceService;
import cn.baiyun.hte.filing.portfolio.IpClass;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.pool.board.PoolService;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.recommendation.RecommendationService;
import cn.baiyun.hte.pool.run.AssessmentRunner;
import cn.baiyun.hte.referral.ReferralImports;
import cn.baiyun.hte.referral.ReferralRequest;
import cn.baiyun.hte.referral.ReferralService;
import cn.baiyun.hte.relocation.RelocationService;
import cn.baiyun.hte.subsidy.SubsidySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills an empty database with the demo firms of the README and a pool of generated Baiyun firms, through
 * the same services people use, so the demo data obeys every rule and leaves an audit trail. Its years
 * follow today's date ({@link DemoCalendar}). The users and their ids come from the
 * realm file {@code keycloak/hte-realm.json}. The only bean of the demo data, and only when it is asked
 * for ({@code HTE_DEMO_DATA=true}, as the run command does): a production start creates none of it.
 */
@Component
@ConditionalOnBooleanProperty("hte.demo-data.enabled")
class DemoData implements ApplicationRunner {

    static final String FIRM_A_USCC = "91520113MA6J8XY1AX";
    static final String FIRM_B_USCC = "91520113MA6J8XY2B2";
    static final String CLAIMED_USCC = "91520113MA6J8XY3C6";
    /** 工信局 refers firm B as a newly recognised 专精特新 firm. */
    static final String FIRM_B_REFERRAL = "2025 年新认定的专精特新中小企业，研发投入增长快，建议纳入培育库";
    static final String FIRM_A_FEEDBACK = "贵企研发投入保持较快增长，请按梯队重点规范研发费用归集，提前准备高企申报材料。";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /**
     * How long the start waits for the seed: a few seconds on a quiet machine, but minutes on a busy one (a build
     * running many tests on two cores), where a start that gives up leaves a half-seeded database behind. The
     * demo's other runners (publications, roadshows) wait as long.
     */
    static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** Pool firms seeded at once: enough to keep both cores busy, few enough for the database. */
    static final int FIRMS_IN_FLIGHT = 4;
    /** The pool firms the bureau visited: a tier-2 firm short of S&T staff and a tier-3 firm. */
    static final int TIER_TWO_VISITED = 11;
    static final int TIER_THREE_VISITED = 17;

    private static final PortalUser REVIEWER = user("00000000-0000-4000-8000-000000000001", "reviewer", "王审核",
            PortalRole.REVIEWER);
    private static final PortalUser FIRM_A = user("00000000-0000-4000-8000-000000000011", "firm-a", "李明",
            PortalRole.ENTERPRISE);
    private static final PortalUser FIRM_B = user("00000000-0000-4000-8000-000000000012", "firm-b", "张华",
            PortalRole.ENTERPRISE);
    private static final PortalUser OFFICER = new PortalUser("00000000-0000-4000-8000-000000000002", "officer-gxj",
            "刘推荐", Set.of(PortalRole.DEPARTMENT), "工信局", Set.of(), false);
    private static final PortalUser CLAIMANT = user("00000000-0000-4000-8000-000000000013", "claimant", "赵强",
            PortalRole.ENTERPRISE);

    private final ClaimService claims;
    private final EnterpriseService enterprises;
    private final FilingService filings;
    private final PortfolioService portfolios;
    private final EvidenceService evidence;
    private final CoachingService coaching;
    private final CycleService cycles;
    private final AssessmentRunner runner;
    private final PoolService pool;
    private final RecommendationService recommendation;
    private final ReferralService referrals;
    private final ReferralImports referralImports;
    private final ReaderFirmsScope oneReader;
    private final DemoWebhooks webhooks;
    private final ChainCatalogue chainCatalogue;
    private final FirmTagService firmTags;
    private final RelocationService relocations;
    private final SubsidySchedule subsidies;
    private final Clock clock;

    DemoData(ClaimService claims, EnterpriseService enterprises, FilingService filings, PortfolioService portfolios,
             EvidenceService evidence, CoachingService coaching, CycleService cycles, AssessmentRunner runner,
             PoolService pool, RecommendationService recommendation, ReferralService referrals,
             ReferralImports referralImports, ReaderFirmsScope oneReader, DemoWebhooks webhooks,
             ChainCatalogue chainCatalogue, FirmTagService firmTags, RelocationService relocations,
             SubsidySchedule subsidies, Clock clock) {
        this.claims = claims;
        this.enterprises = enterprises;
        this.filings = filings;
        this.portfolios = portfolios;
        this.evidence = evidence;
        this.coaching = coaching;
        this.cycles = cycles;
        this.runner = runner;
        this.pool = pool;
        this.recommendation = recommendation;
        this.referrals = referrals;
        this.referralImports = referralImports;
        this.oneReader = oneReader;
        this.webhooks = webhooks;
        this.chainCatalogue = chainCatalogue;
        this.firmTags = firmTags;
        this.relocations = relocations;
        this.subsidies = subsidies;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = enterprises.search(REVIEWER, new EnterpriseSearch(null, null, null, null, null, 1, null))
                .map(page -> page.items().isEmpty())
                .block(TIMEOUT);
        if (!empty) {
            log.info("Demo data: database already has firms, nothing added");
            return;
        }
        DemoCalendar calendar = DemoCalendar.of(clock);
        long started = System.nanoTime();
        // The start-up thread waits for the whole seed, so that the portal opens with its demo in place.
        seed(calendar).block(TIMEOUT);
        log.info("Demo data: firms A and B with filings, portfolios, documents and coaching, {} pool firms referred by "
                        + "partner departments, the {} cycle assessed, decided, published and recommended, the {} cycle "
                        + "open{}, and one pending claim added in {} ms", DemoPoolFirm.all().size(),
                calendar.previousCycle(), calendar.comingCycle(),
                calendar.canAssess(calendar.comingCycle()) ? " and assessed" : "",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Everything, in the order the programme's year would bring it. */
    private Mono<Void> seed(DemoCalendar calendar) {
        int lastYear = calendar.lastEndedFiscalYear();
        DemoVisits visits = new DemoVisits(coaching, clock);
        DemoPoolFirms poolFirms = new DemoPoolFirms(claims, enterprises, filings, portfolios, referrals, oneReader,
                REVIEWER, calendar);
        return approvedFirm(FIRM_A, FIRM_A_USCC, firmAProfile())
                .zipWhen(firmA -> approvedFirm(FIRM_B, FIRM_B_USCC, firmBProfile()))
                .flatMap(readme -> {
                    String firmA = readme.getT1();
                    String firmB = readme.getT2();
                    DemoPortfolios demoPortfolios = new DemoPortfolios(portfolios);
                    return claims.claim(CLAIMANT, CLAIMED_USCC, "贵阳白云新材料科技有限公司")
                            .then(fileThreeYears(firmA, firmB, lastYear))
                            .then(demoPortfolios.seedEquipmentFirm(FIRM_A, firmA, lastYear))
                            .then(demoPortfolios.seedSoftwareFirm(FIRM_B, firmB, lastYear))
                            .then(uploadDocuments(firmA, firmB, lastYear))
                            .then(visits.seedTierOneVisit(REVIEWER, firmA))
                            .then(visits.seedPlannedVisit(REVIEWER, firmA))
                            .then(referrals.refer(OFFICER, new ReferralRequest(FIRM_B_USCC, firmBProfile().name(),
                                    FIRM_B_REFERRAL, "刘经理 0851-84123456")))
                            .then(poolFirms(poolFirms))
                            .flatMap(pool -> poolVisits(visits, pool)
                                    .then(board(calendar, firmA).completePrevious(pool))
                                    .then(board(calendar, firmA).openComing(pool))
                                    // Registered here, so the referrals' follow-up next is its first deliveries.
                                    .then(webhooks.registerInbox())
                                    .then(new DemoReferrals(referrals, referralImports, REVIEWER).seed())
                                    .then(new DemoProgramme(claims, enterprises, REVIEWER, calendar.today()).seed())
                                    .flatMap(programme -> new DemoSupport(chainCatalogue, firmTags, relocations,
                                            subsidies, enterprises, REVIEWER, OFFICER, clock).seed(firmA, firmB, pool)
                                            .then(new DemoContributions(referrals, chainCatalogue, firmTags, REVIEWER,
                                                    calendar.today()).seed(programme))));
                });
    }

    /** The generated firms, a few at a time. */
    private Mono<Map<String, DemoPoolFirm>> poolFirms(DemoPoolFirms poolFirms) {
        return Flux.fromIterable(DemoPoolFirm.all())
                .flatMap(firm -> poolFirms.seed(firm).map(id -> Map.entry(id, firm)), FIRMS_IN_FLIGHT)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private DemoBoard board(DemoCalendar calendar, String firmA) {
        return new DemoBoard(cycles, runner, pool, recommendation, REVIEWER, calendar, firmA, FIRM_A_FEEDBACK);
    }

    /** Visits to the first firms of tiers 2 and 3, on their tier's focus. */
    private Mono<Void> poolVisits(DemoVisits visits, Map<String, DemoPoolFirm> pool) {
        return Flux.fromIterable(pool.entrySet())
                .filter(firm -> firm.getValue().number() == TIER_TWO_VISITED || firm.getValue().number() == TIER_THREE_VISITED)
                .concatMap(firm -> firm.getValue().number() == TIER_TWO_VISITED
                        ? visits.seedTierTwoVisit(REVIEWER, firm.getKey(), "田勇")
                        : visits.seedTierThreeVisit(REVIEWER, firm.getKey(), "罗丹"))
                .then();
    }

    private Mono<String> approvedFirm(PortalUser owner, String uscc, EnterpriseProfile profile) {
        return claims.claim(owner, uscc, profile.name())
                .flatMap(claim -> claims.approve(REVIEWER, claim.id()))
                .map(Membership::enterpriseId)
                .flatMap(id -> enterprises.updateProfile(owner, id, profile, IfMatch.unconditional()))
                .map(Enterprise::id);
    }

    /**
     * Firm A has three accepted years; firm B an accepted year, a year returned for its staff figures and
     * a draft of the year just ended, so that every state of the review shows.
     */
    private Mono<Void> fileThreeYears(String firmA, String firmB, int last) {
        DemoFilings demo = new DemoFilings(filings, oneReader, REVIEWER);
        SelfAssessment strong = DemoFilings.STRONG;
        return demo.accepted(FIRM_A, firmA, new DemoFilings.Year(last - 2, 24_000_000, 1_500_000, 86, 15, strong))
                .then(demo.accepted(FIRM_A, firmA, new DemoFilings.Year(last - 1, 31_000_000, 1_900_000, 98, 18, strong)))
                .then(demo.accepted(FIRM_A, firmA, new DemoFilings.Year(last, 38_500_000, 2_350_000, 112, 21, strong)))
                .then(demo.accepted(FIRM_B, firmB, new DemoFilings.Year(last - 2, 16_000_000, 1_100_000, 64, 20)))
                .then(demo.returned(FIRM_B, firmB, new DemoFilings.Year(last - 1, 19_500_000, 1_250_000, 70, 22),
                        FilingSection.STAFF, "科技人员月度人数与社保缴纳名单不一致，请按183天规则重新核对后修改。"))
                .then(demo.draft(FIRM_B, firmB, new DemoFilings.Year(last, 23_000_000, 1_450_000, 78, 25)))
                .then();
    }

    /** Firm A's certificate of its Class I patent; the audit report of firm B's draft year. */
    private Mono<Void> uploadDocuments(String firmA, String firmB, int lastYear) {
        DemoDocuments documents = new DemoDocuments(evidence);
        return portfolios.ipAssets(FIRM_A, firmA)
                .filter(asset -> asset.ipClass() == IpClass.I)
                .next()
                .flatMap(patent -> documents.forIpAsset(FIRM_A, firmA, patent.id(), "发明专利证书.pdf",
                        "Invention patent certificate"))
                .then(documents.forFiling(FIRM_B, firmB, "RD_AUDIT_REPORT", lastYear,
                        lastYear + "年度研发费用专项审计报告.pdf", "R&D expense special audit report " + lastYear));
    }

    private static EnterpriseProfile firmAProfile() {
        return new EnterpriseProfile("贵阳白云智造科技有限公司", LocalDate.of(2019, 3, 18),
                "贵州省贵阳市白云区云峰大道88号", "白云区", "8.4.2", true, true, true,
                new SpecializedCertificate(SpecializedCertificate.Level.PROVINCIAL, "贵州省工业和信息化厅",
                        LocalDate.of(2024, 6, 1), LocalDate.of(2027, 5, 31)),
                null, new TechSmeRegistration("202552011300123", 2025), LifecycleStage.TECH_BASED_SME,
                List.of(new Contact("李明", "总经理", "0851-84600001", "liming@example.cn")));
    }

    private static EnterpriseProfile firmBProfile() {
        return new EnterpriseProfile("贵州云数信息技术有限公司", LocalDate.of(2016, 9, 5),
                "贵州省贵阳市白云区大数据产业园12号楼", "白云区", "1.1.11", true, false, false, null,
                new HteCertificate("GR202352000456", LocalDate.of(2023, 11, 20)), null,
                LifecycleStage.HIGH_TECH_ENTERPRISE,
                List.of(new Contact("张华", "研发总监", "0851-84600002", "zhanghua@example.cn")));
    }

    private static PortalUser user(String id, String username, String name, PortalRole role) {
        return new PortalUser(id, username, name, Set.of(role), null, Set.of(), false);
    }
}
