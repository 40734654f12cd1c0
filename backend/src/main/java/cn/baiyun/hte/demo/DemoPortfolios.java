package cn.baiyun.hte.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.filing.portfolio.AchievementDetails;
import cn.baiyun.hte.filing.portfolio.Acquisition;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.IpAssetDetails;
import cn.baiyun.hte.filing.portfolio.IpStatus;
import cn.baiyun.hte.filing.portfolio.IpType;
import cn.baiyun.hte.filing.portfolio.PortfolioService;
import cn.baiyun.hte.filing.portfolio.RdProjectDetails;
import cn.baiyun.hte.filing.portfolio.Transformation;
import cn.baiyun.hte.filing.portfolio.TransformationForm;
import cn.baiyun.hte.filing.portfolio.YearSpend;
import cn.baiyun.hte.platform.security.PortalUser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo firms' portfolios, added through the portfolio service with the same rules as the pages: a
 * firm in intelligent equipment (field 8.4.2) and a software firm (1.1.11).
 */
final class DemoPortfolios {

    private final PortfolioService portfolio;

    DemoPortfolios(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    /**
     * An equipment maker: one granted invention patent, utility models (one already used), a pending application,
     * and three achievements transformed in each of the fiscal years up to {@code last}.
     */
    Mono<Void> seedEquipmentFirm(PortalUser owner, String enterpriseId, int last) {
        var assets = Flux.concat(
                granted(owner, enterpriseId, IpType.INVENTION_PATENT, "ZL202110356781.2",
                        "一种基于视觉定位的精密装配机械臂控制方法",
                        LocalDate.of(2021, 4, 2), LocalDate.of(2023, 6, 13), LocalDate.of(2041, 4, 1), false),
                granted(owner, enterpriseId, IpType.UTILITY_MODEL, "ZL202120785430.6",
                        "一种机械臂末端柔性夹持装置",
                        LocalDate.of(2021, 4, 16), LocalDate.of(2021, 11, 23), LocalDate.of(2031, 4, 15), true),
                granted(owner, enterpriseId, IpType.UTILITY_MODEL, "ZL202220914562.1",
                        "一种装配工位自动上下料机构",
                        LocalDate.of(2022, 4, 20), LocalDate.of(2022, 9, 30), LocalDate.of(2032, 4, 19), false),
                granted(owner, enterpriseId, IpType.UTILITY_MODEL, "ZL202320337815.9",
                        "一种伺服电机散热防护罩",
                        LocalDate.of(2023, 2, 22), LocalDate.of(2023, 8, 8), LocalDate.of(2033, 2, 21), false),
                granted(owner, enterpriseId, IpType.UTILITY_MODEL, "ZL202420145623.3",
                        "一种视觉检测工装快换结构",
                        LocalDate.of(2024, 1, 18), LocalDate.of(2024, 7, 26), LocalDate.of(2034, 1, 17), false),
                granted(owner, enterpriseId, IpType.SOFTWARE_COPYRIGHT, "2023SR0458712",
                        "智造装配线调度管理系统V2.0",
                        LocalDate.of(2023, 3, 6), LocalDate.of(2023, 4, 14), null, false),
                pending(owner, enterpriseId, IpType.INVENTION_PATENT, "202410672315.8",
                        "一种多机械臂协同装配路径规划方法",
                        LocalDate.of(2024, 5, 28)));
        return assets.collectList().flatMap(ids -> Flux.concat(
                portfolio.addAchievement(owner, enterpriseId, new AchievementDetails("精密装配机械臂视觉定位技术",
                        List.of(ids.get(0), ids.get(1)), "基于视觉定位的机械臂精密装配控制，定位精度 ±0.02 mm",
                        List.of(own(LocalDate.of(last - 2, 9, 1), "ZA-200 精密装配机械臂"),
                                own(LocalDate.of(last - 1, 3, 15), "ZA-300 精密装配机械臂"),
                                new Transformation(LocalDate.of(last - 1, 8, 20), null, TransformationForm.LICENCE,
                                        "贵州某汽车零部件企业装配线"),
                                own(LocalDate.of(last, 2, 10), "ZA-400 双臂协作装配单元")))),
                portfolio.addAchievement(owner, enterpriseId, new AchievementDetails("装配线智能调度管理技术",
                        List.of(ids.get(2), ids.get(5)), "装配工位自动上下料与产线调度软件",
                        List.of(new Transformation(null, last - 2, TransformationForm.OWN_IMPLEMENTATION, "智能装配示范线"),
                                own(LocalDate.of(last - 1, 11, 3), "智能装配示范线二期"),
                                new Transformation(LocalDate.of(last, 5, 6), null,
                                        TransformationForm.JOINT_IMPLEMENTATION, "与贵州大学共建柔性装配产线")))),
                portfolio.addAchievement(owner, enterpriseId, new AchievementDetails("伺服驱动防护与快换工装技术",
                        List.of(ids.get(3), ids.get(4)), "伺服电机散热防护与视觉检测工装快换",
                        List.of(own(LocalDate.of(last - 2, 6, 18), "伺服电机防护罩系列产品"),
                                own(LocalDate.of(last - 1, 5, 9), "视觉检测快换工装"),
                                own(LocalDate.of(last, 7, 22), "第三代快换工装")))),
                portfolio.addRdProject(owner, enterpriseId, project("RD01", "高精度视觉定位装配系统研发",
                        LocalDate.of(last - 2, 1, 1), LocalDate.of(last - 1, 12, 31), "1800000.00",
                        spend(last - 2, "820000.00"), spend(last - 1, "905600.50"))),
                portfolio.addRdProject(owner, enterpriseId, project("RD02", "多机械臂协同装配关键技术研究",
                        LocalDate.of(last - 1, 6, 1), LocalDate.of(last + 1, 5, 31), "2600000.00",
                        spend(last - 1, "640000.00"), spend(last, "1150000.00"))))
                .then());
    }

    /** A software firm: software copyrights, one invention patent, achievements sold as services. */
    Mono<Void> seedSoftwareFirm(PortalUser owner, String enterpriseId, int last) {
        var assets = Flux.concat(
                granted(owner, enterpriseId, IpType.INVENTION_PATENT, "ZL202010982345.1",
                        "一种政务数据多源融合与脱敏方法",
                        LocalDate.of(2020, 9, 10), LocalDate.of(2022, 12, 6), LocalDate.of(2040, 9, 9), false),
                granted(owner, enterpriseId, IpType.SOFTWARE_COPYRIGHT, "2021SR0876543",
                        "云数政务数据共享交换平台V1.0",
                        LocalDate.of(2021, 5, 12), LocalDate.of(2021, 6, 18), null, true),
                granted(owner, enterpriseId, IpType.SOFTWARE_COPYRIGHT, "2022SR0512377",
                        "云数数据治理平台V2.0",
                        LocalDate.of(2022, 3, 2), LocalDate.of(2022, 4, 11), null, false),
                granted(owner, enterpriseId, IpType.SOFTWARE_COPYRIGHT, "2023SR0233190",
                        "云数智能客服系统V1.0",
                        LocalDate.of(2023, 1, 9), LocalDate.of(2023, 2, 20), null, false),
                granted(owner, enterpriseId, IpType.SOFTWARE_COPYRIGHT, "2024SR0678021",
                        "云数低代码开发平台V3.0",
                        LocalDate.of(2024, 3, 28), LocalDate.of(2024, 5, 7), null, false),
                pending(owner, enterpriseId, IpType.INVENTION_PATENT, "202411203456.7",
                        "一种基于大模型的政务工单智能分派方法",
                        LocalDate.of(2024, 8, 30)));
        return assets.collectList().flatMap(ids -> Flux.concat(
                portfolio.addAchievement(owner, enterpriseId, new AchievementDetails("政务数据融合共享技术",
                        List.of(ids.get(0), ids.get(1), ids.get(2)), "多源政务数据融合、脱敏与共享交换",
                        List.of(own(LocalDate.of(last - 2, 4, 1), "白云区政务数据共享交换平台"),
                                new Transformation(LocalDate.of(last - 1, 6, 12), null, TransformationForm.LICENCE,
                                        "某市大数据局数据治理项目"),
                                own(LocalDate.of(last, 3, 3), "数据治理 SaaS 服务")))),
                portfolio.addAchievement(owner, enterpriseId, new AchievementDetails("智能客服与低代码开发技术",
                        List.of(ids.get(3), ids.get(4)), "面向中小企业的智能客服与低代码应用搭建",
                        List.of(own(LocalDate.of(last - 1, 2, 26), "云数智能客服 SaaS"),
                                own(LocalDate.of(last - 1, 10, 8), "云数低代码平台私有化部署"),
                                new Transformation(null, last, TransformationForm.TRANSFER, "某银行客服系统")))),
                portfolio.addRdProject(owner, enterpriseId, project("RD01", "政务数据多源融合平台研发",
                        LocalDate.of(last - 2, 3, 1), LocalDate.of(last - 1, 8, 31), "2200000.00",
                        spend(last - 2, "1320000.00"), spend(last - 1, "760000.80"))),
                portfolio.addRdProject(owner, enterpriseId, project("RD02", "大模型政务工单智能分派系统研发",
                        LocalDate.of(last - 1, 7, 1), LocalDate.of(last + 1, 6, 30), "3000000.00",
                        spend(last - 1, "580000.00"), spend(last, "1260000.00"))))
                .then());
    }

    private Mono<String> granted(PortalUser owner, String enterpriseId, IpType type, String number, String title,
                                 LocalDate applied, LocalDate granted, LocalDate expires, boolean used) {
        return portfolio.addIpAsset(owner, enterpriseId, new IpAssetDetails(type, number, title, IpStatus.GRANTED,
                applied, granted, expires, Acquisition.SELF_DEVELOPED, true, used, true)).map(IpAsset::id);
    }

    private Mono<String> pending(PortalUser owner, String enterpriseId, IpType type, String number, String title,
                                 LocalDate applied) {
        return portfolio.addIpAsset(owner, enterpriseId, new IpAssetDetails(type, number, title, IpStatus.PENDING,
                applied, null, null, Acquisition.SELF_DEVELOPED, true, false, true)).map(IpAsset::id);
    }

    private static Transformation own(LocalDate date, String product) {
        return new Transformation(date, null, TransformationForm.OWN_IMPLEMENTATION, product);
    }

    private static RdProjectDetails project(String code, String title, LocalDate start, LocalDate end, String budget,
                                            YearSpend... spend) {
        return new RdProjectDetails(code, title, start, end, new BigDecimal(budget), List.of(spend));
    }

    private static YearSpend spend(int year, String amount) {
        return new YearSpend(year, new BigDecimal(amount));
    }
}
