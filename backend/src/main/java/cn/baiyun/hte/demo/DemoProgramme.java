package cn.baiyun.hte.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.HteCertificate;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.enterprise.SpecializedCertificate;
import cn.baiyun.hte.enterprise.TechSmeRegistration;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The district's firms already on the programme's road, so that the dashboard has something to count: 30
 * recognised HTEs (certificates issued one to three years ago, four ending within weeks, eight next year, two
 * that ended on New Year's day and wait for re-recognition, every third above designated size, three 专精特新) and
 * twelve tech-based SMEs holding a 专精特新 certificate, entered in the register last year or this. Dates follow
 * today. Claimed by their own members and approved by the bureau, like every demo firm.
 *
 * <p>On the dashboard, with the README's firms (firm B's certificate of 2023 ended this November; firm A holds a
 * 专精特新 certificate): 28 valid HTEs of 110, 10 of them above size (of 28), 3 of 16 专精特新 firms HTEs (18.8%,
 * target 10%); 7 certificates ending this year (4 still valid) and 8 next year; the cohort of tech-based SMEs of two
 * years ago, 8 firms, 5 recognised last year.
 */
final class DemoProgramme {

    static final int RECOGNISED = 30;
    static final int TECH_SMES = 12;
    private static final String[] WORDS = {"云岭", "黔峰", "泉湖", "金苏", "白云", "艳山", "麦架", "沙文", "都拉", "牛场",
            "大山洞", "同心", "南湖", "北斗", "长坡", "尖坡"};
    private static final String[] TRADES = {"电子", "智能装备", "新材料", "软件", "生物医药", "节能环保"};
    private static final String[] FIELDS = {"1.1.9", "8.4.2", "4.1.1", "1.2.1", "2.2.2", "7.1.1"};

    private final ClaimService claims;
    private final EnterpriseService enterprises;
    private final PortalUser reviewer;
    private final LocalDate today;

    DemoProgramme(ClaimService claims, EnterpriseService enterprises, PortalUser reviewer, LocalDate today) {
        this.claims = claims;
        this.enterprises = enterprises;
        this.reviewer = reviewer;
        this.today = today;
    }

    /** The firms, recognised ones first, in the order the class describes them. */
    Mono<List<Enterprise>> seed() {
        List<EnterpriseProfile> profiles = new ArrayList<>();
        for (int n = 0; n < RECOGNISED; n++) {
            profiles.add(recognised(n));
        }
        for (int n = 0; n < TECH_SMES; n++) {
            profiles.add(techSme(n));
        }
        return Flux.range(0, profiles.size())
                .flatMapSequential(n -> firm(n, profiles.get(n)), DemoData.FIRMS_IN_FLIGHT)
                .collectList();
    }

    /** Recognised firm {@code n}: its certificate's issue date places it on the dashboard (see the class). */
    private EnterpriseProfile recognised(int n) {
        int year = today.getYear();
        LocalDate issued;
        if (n < 4) {
            issued = today.minusYears(HteCertificate.VALID_YEARS).plusDays(5 + 3L * n);
        } else if (n < 6) {
            issued = LocalDate.of(year - HteCertificate.VALID_YEARS, 1, 2);
        } else if (n < 14) {
            issued = LocalDate.of(year - 2, 2 + n - 6, 10);
        } else if (n < 26) {
            issued = LocalDate.of(year - 1, 1 + (n - 14), 15);
        } else {
            issued = today.minusMonths(1 + n - 26L);
        }
        boolean specialised = n == 7 || n == 16 || n == 27;
        // Five of last year's new HTEs came from the register of the year before.
        TechSmeRegistration techSme = n >= 14 && n < 19 ? new TechSmeRegistration("TS" + (year - 2) + "5201" + n, year - 2) : null;
        return profile(n, issued.isAfter(today) ? today : issued, n % 3 == 0, specialised, techSme,
                LifecycleStage.HIGH_TECH_ENTERPRISE);
    }

    /** Tech-based SME {@code n} with a 专精特新 certificate: three of the register two years ago, the rest since. */
    private EnterpriseProfile techSme(int n) {
        int year = today.getYear();
        int registered = n < 3 ? year - 2 : n < 9 ? year - 1 : year;
        return profile(RECOGNISED + n, null, n % 4 == 0, true,
                new TechSmeRegistration("TS" + registered + "5202" + n, registered), LifecycleStage.TECH_BASED_SME);
    }

    private EnterpriseProfile profile(int n, LocalDate hteIssued, boolean aboveSize, boolean specialised,
                                      TechSmeRegistration techSme, LifecycleStage stage) {
        // Place and trade repeat together only every 48 firms (16 × 6 / 2), more than the demo makes: no two share a name.
        String name = "贵阳" + WORDS[n % WORDS.length] + TRADES[n % TRADES.length] + "科技有限公司";
        int year = today.getYear();
        return new EnterpriseProfile(name, LocalDate.of(2010 + n % 10, 1 + n % 12, 1 + n % 27),
                "贵州省贵阳市白云区" + WORDS[n % WORDS.length] + "路" + (1 + n) + "号", "白云区", FIELDS[n % FIELDS.length],
                true, aboveSize || n % 2 == 0, aboveSize,
                specialised ? new SpecializedCertificate(SpecializedCertificate.Level.PROVINCIAL, "贵州省工业和信息化厅",
                        LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)) : null,
                hteIssued == null ? null : new HteCertificate("GR" + hteIssued.getYear() + "52000" + (100 + n), hteIssued),
                techSme, stage, List.of());
    }

    private Mono<Enterprise> firm(int n, EnterpriseProfile profile) {
        PortalUser member = new PortalUser(String.format("00000000-0000-4000-8000-0000000006%02d", n),
                String.format("hte-%02d", n), "企业联系人" + n, Set.of(PortalRole.ENTERPRISE), null, Set.of(), false);
        String uscc = UnifiedSocialCreditCode.withCheckCharacter(
                "91" + UnifiedSocialCreditCode.BAIYUN_DIVISION_CODE + String.format("MAHT%05d", n)).value();
        return claims.claim(member, uscc, profile.name())
                .flatMap(claim -> claims.approve(reviewer, claim.id()))
                .map(Membership::enterpriseId)
                .flatMap(id -> enterprises.updateProfile(member, id, profile, IfMatch.unconditional()));
    }
}
