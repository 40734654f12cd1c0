package cn.baiyun.hte.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.enterprise.ReaderFirmsScope;
import cn.baiyun.hte.filing.FilingService;
import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.filing.portfolio.Transformation;
import cn.baiyun.hte.filing.portfolio.TransformationForm;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.referral.ReferralRequest;
import cn.baiyun.hte.referral.ReferralService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Makes the generated firms of the demo pool ({@link DemoPoolFirm}) the way they would come about: a
 * partner department refers the firm, its member claims it, the bureau approves the claim, the member
 * completes the profile, files each fiscal year (the bureau accepts it) and records the IP portfolio and
 * the achievements transformed. Every step goes through the feature's own service, so the rules, the
 * events and the audit trail are those of the product.
 */
final class DemoPoolFirms {

    private static final String[] STREETS = {"云峰大道", "白云南路", "白云北路", "金苏大道", "同心路", "泉湖路",
            "沙文生态科技产业园", "艳山红镇工业园", "麦架镇高新产业园", "都拉布依族乡"};
    private static final String[] CONTACTS = {"王磊", "陈敏", "杨帆", "吴倩", "周鹏", "罗丹", "黄伟", "刘婷", "赵刚",
            "龙燕", "田勇", "潘静"};
    private static final String[] DEPARTMENT_OFFICERS = {"刘推荐", "张数据", "李发改", "何商促", "孙监管"};

    private final ClaimService claims;
    private final EnterpriseService enterprises;
    private final DemoFilings filings;
    private final PortfolioService portfolio;
    private final ReferralService referrals;
    private final ReaderFirmsScope oneReader;
    private final PortalUser reviewer;
    private final DemoCalendar calendar;

    DemoPoolFirms(ClaimService claims, EnterpriseService enterprises, FilingService filings,
                  PortfolioService portfolio, ReferralService referrals, ReaderFirmsScope oneReader, PortalUser reviewer,
                  DemoCalendar calendar) {
        this.claims = claims;
        this.enterprises = enterprises;
        this.filings = new DemoFilings(filings, oneReader, reviewer);
        this.portfolio = portfolio;
        this.referrals = referrals;
        this.oneReader = oneReader;
        this.reviewer = reviewer;
        this.calendar = calendar;
    }

    /** The firm, referred, claimed, approved and filled in; its id. */
    Mono<String> seed(DemoPoolFirm firm) {
        PortalUser member = member(firm);
        return referred(firm)
                .then(claims.claim(member, firm.uscc(), firm.name()))
                .flatMap(claim -> claims.approve(reviewer, claim.id()))
                .map(Membership::enterpriseId)
                .flatMap(id -> enterprises.updateProfile(member, id, profile(firm), IfMatch.unconditional()))
                .map(Enterprise::id)
                .flatMap(id -> filed(member, id, firm).then(oneReader.around(portfolio(member, id, firm))).thenReturn(id));
    }

    /** The department's officer for the demo; 工信局's is the README's {@code officer-gxj}. */
    static PortalUser officer(String department) {
        int index = List.of(DemoPoolFirm.GXJ, DemoPoolFirm.DSJ, DemoPoolFirm.FGJ, DemoPoolFirm.SCJ, DemoPoolFirm.SJJ)
                .indexOf(department);
        String id = index == 0 ? "00000000-0000-4000-8000-000000000002"
                : String.format("00000000-0000-4000-8000-0000000003%02d", index);
        String username = index == 0 ? "officer-gxj" : "officer-" + (index + 1);
        return new PortalUser(id, username, DEPARTMENT_OFFICERS[index], Set.of(PortalRole.DEPARTMENT), department,
                Set.of(), false);
    }

    private Mono<Void> referred(DemoPoolFirm firm) {
        return firm.department() == null ? Mono.empty()
                : referrals.refer(officer(firm.department()), new ReferralRequest(firm.uscc(), firm.name(),
                        firm.referralNote(), null)).then();
    }

    private static PortalUser member(DemoPoolFirm firm) {
        return new PortalUser(firm.memberId(), String.format("firm-%02d", firm.number()), contact(firm),
                Set.of(PortalRole.ENTERPRISE), null, Set.of(), false);
    }

    private static String contact(DemoPoolFirm firm) {
        return CONTACTS[firm.number() % CONTACTS.length];
    }

    /** Registered some years before the first filed year, so every filed year is a full one. */
    private EnterpriseProfile profile(DemoPoolFirm firm) {
        int n = firm.number();
        LocalDate registered = LocalDate.of(calendar.firstFiledYear() - 2 - n % 7, 1 + n % 12, 1 + n % 27);
        boolean industrial = firm.field().startsWith("4.") || firm.field().startsWith("8.");
        boolean taxed = firm.shape().filed != DemoShape.Filed.NOTHING;
        return new EnterpriseProfile(firm.name(), registered,
                "贵州省贵阳市白云区" + STREETS[n % STREETS.length] + (10 + n * 7 % 90) + "号", "白云区", firm.field(),
                firm.shape().resident, industrial, industrial && firm.firstSales() >= 20_000_000, null, null, null,
                taxed ? LifecycleStage.REGISTERED_FIRM : LifecycleStage.INCUBATING_PROJECT,
                List.of(new Contact(contact(firm), "总经理", String.format("0851-8461%04d", n), null)));
    }

    /** Each fiscal year the demo files, accepted; as its shape says, the last one may still be a draft. */
    private Mono<Void> filed(PortalUser member, String id, DemoPoolFirm firm) {
        DemoShape shape = firm.shape();
        if (shape.filed == DemoShape.Filed.NOTHING) {
            return Mono.empty();
        }
        int first = calendar.firstFiledYear();
        int last = calendar.lastFiledYear();
        return Flux.range(first, last - first + 1).concatMap(year -> {
            DemoFilings.Year figures = year(firm, year - first, year);
            return year == last && shape.filed == DemoShape.Filed.LAST_YEAR_DRAFT
                    ? filings.draft(member, id, figures) : filings.accepted(member, id, figures);
        }).then();
    }

    /** The figures of the {@code index}-th filed year: sales and net assets grow, R&D and staff follow. */
    private static DemoFilings.Year year(DemoPoolFirm firm, int index, int fiscalYear) {
        DemoShape shape = firm.shape();
        BigDecimal growth = BigDecimal.ONE.add(BigDecimal.valueOf(shape.salesGrowthPercent, 2)).pow(index);
        long sales = BigDecimal.valueOf(firm.firstSales()).multiply(growth).setScale(-3, RoundingMode.HALF_UP)
                .longValueExact();
        long rd = sales * shape.rdPermille / 1000;
        int staff = firm.staff() + index * firm.staff() / 10;
        // DemoFilings' monthly rows average three heads below the total and one and a third below the S&T staff
        int st = Math.max(2, Math.round((staff - 3) * shape.stPercent / 100f) + 1);
        return new DemoFilings.Year(fiscalYear, sales, rd, staff, st, shape.selfAssessment);
    }

    /**
     * Granted inventions and utility models from before the first filed year, pending applications of last
     * year, and the achievements resting on them, each transformed in every filed year.
     */
    private Mono<Void> portfolio(PortalUser member, String id, DemoPoolFirm firm) {
        DemoShape shape = firm.shape();
        int before = calendar.firstFiledYear() - 1;
        int n = firm.number();
        Flux<String> assets = Flux.concat(
                Flux.range(1, shape.inventions).concatMap(i -> asset(member, id, new IpAssetDetails(
                        IpType.INVENTION_PATENT, patentNumber(before - 2, 1, n, i), "一种" + firm.product() + "的制备方法（" + i + "）",
                        IpStatus.GRANTED, LocalDate.of(before - 2, 3, 10 + i), LocalDate.of(before, 6, 10 + i),
                        LocalDate.of(before + 18, 3, 9 + i), Acquisition.SELF_DEVELOPED, true, false, true))),
                Flux.range(1, shape.utilityModels).concatMap(i -> asset(member, id, new IpAssetDetails(
                        IpType.UTILITY_MODEL, patentNumber(before - 1, 2, n, i), "一种" + firm.product() + "用装置（" + i + "）",
                        IpStatus.GRANTED, LocalDate.of(before - 1, 4, 1 + i), LocalDate.of(before, 1, 1 + i),
                        LocalDate.of(before + 9, 3, 31 - i), Acquisition.SELF_DEVELOPED, true, false, true))),
                Flux.range(1, shape.pending).concatMap(i -> asset(member, id, new IpAssetDetails(
                        IpType.INVENTION_PATENT, applicationNumber(calendar.lastEndedFiscalYear(), n, i),
                        "一种改进的" + firm.product() + "控制方法", IpStatus.PENDING,
                        LocalDate.of(calendar.lastEndedFiscalYear(), 8, 1 + i), null, null, Acquisition.SELF_DEVELOPED,
                        true, false, true))));
        return assets.collectList().flatMap(ipIds -> Flux.range(1, shape.achievements)
                .concatMap(i -> portfolio.addAchievement(member, id, new AchievementDetails(
                        firm.product() + "关键技术（" + i + "）",
                        ipIds.isEmpty() ? List.of() : List.of(ipIds.get((i - 1) % ipIds.size())),
                        firm.product() + "的研发成果", transformedEveryYear(firm, i))))
                .then());
    }

    private List<Transformation> transformedEveryYear(DemoPoolFirm firm, int achievement) {
        return IntStream.rangeClosed(calendar.firstFiledYear(), calendar.lastFiledYear())
                .mapToObj(year -> new Transformation(null, year, TransformationForm.OWN_IMPLEMENTATION,
                        firm.product() + "（" + year + " 年型号 " + achievement + "）"))
                .toList();
    }

    private Mono<String> asset(PortalUser member, String id, IpAssetDetails details) {
        return portfolio.addIpAsset(member, id, details).map(IpAsset::id);
    }

    /** A patent number of the usual form: ZL, the year, the kind (1 invention, 2 utility model), a serial. */
    private static String patentNumber(int year, int kind, int firm, int item) {
        return "ZL" + applicationNumber(year, kind, firm, item);
    }

    /** An invention application's number, as it stands until the patent is granted. */
    private static String applicationNumber(int year, int firm, int item) {
        return applicationNumber(year, 1, firm, 10 + item);
    }

    private static String applicationNumber(int year, int kind, int firm, int item) {
        return String.format("%d%d%05d%02d.%d", year, kind, 52_000 + firm, item, (firm + item) % 10);
    }
}
