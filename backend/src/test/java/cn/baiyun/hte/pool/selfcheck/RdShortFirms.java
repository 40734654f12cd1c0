package cn.baiyun.hte.pool.selfcheck;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.enterprise.EnterpriseProfile;
import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.LifecycleStage;
import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.filing.portfolio.Transformation;
import cn.baiyun.hte.filing.portfolio.TransformationForm;
import cn.baiyun.hte.platform.web.IfMatch;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFilings;
import cn.baiyun.hte.support.TestFirms;
import org.springframework.stereotype.Component;

/**
 * A software firm in field 1.1.9 that meets every condition but R&D intensity: it spends 4% of its
 * sales on R&D over the three fiscal years before {@code year} against the 5% its size requires, so the
 * engine proposes tier 2 (slightly short). Filed and accepted through the real services.
 */
@Component
public class RdShortFirms {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TestFirms firms;
    private final TestFilings filings;
    private final EnterpriseService enterprises;
    private final PortfolioService portfolio;

    RdShortFirms(TestFirms firms, TestFilings filings, EnterpriseService enterprises, PortfolioService portfolio) {
        this.firms = firms;
        this.filings = filings;
        this.enterprises = enterprises;
        this.portfolio = portfolio;
    }

    /** The firm, with {@code owner} as its approved member, assessed for the cycle of {@code year}. */
    public String create(Principals owner, String name, int year) {
        String firm = firms.approvedFirm(owner, name);
        enterprises.updateProfile(owner.user(), firm, new EnterpriseProfile(name, LocalDate.of(2015, 3, 1), null,
                "白云区", "1.1.9", true, false, false, null, null, null, LifecycleStage.TECH_BASED_SME, List.of()),
                IfMatch.unconditional()).block(TIMEOUT);
        filings.accepted(owner, firm, year - 3, 20_000_000, 800_000, 80, 20);
        filings.accepted(owner, firm, year - 2, 25_000_000, 1_000_000, 80, 20);
        filings.accepted(owner, firm, year - 1, 30_000_000, 1_200_000, 80, 20);
        portfolio.addIpAsset(owner.user(), firm, new IpAssetDetails(IpType.INVENTION_PATENT, "ZL202110000002.1",
                "一种数据校验方法", IpStatus.GRANTED, LocalDate.of(2021, 1, 5), LocalDate.of(2023, 2, 1), null,
                Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT);
        for (int i = 1; i <= 6; i++) {
            List<Transformation> everyYear = List.of(year - 3, year - 2, year - 1).stream()
                    .map(y -> new Transformation(null, y, TransformationForm.OWN_IMPLEMENTATION, "数据平台产品"))
                    .toList();
            portfolio.addAchievement(owner.user(), firm,
                    new AchievementDetails(name + "成果" + i, List.of(), null, everyYear)).block(TIMEOUT);
        }
        return firm;
    }
}
