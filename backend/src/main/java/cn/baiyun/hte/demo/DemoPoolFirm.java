package cn.baiyun.hte.demo;

import java.util.List;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;

/**
 * One generated firm of the demo pool: a Baiyun firm with its catalogue field and main product, the shape
 * of its figures, who referred it, and what the bureau made of it in the previous cycle.
 *
 * @param number        1.. : makes its code, its member's account and its IP numbers unique
 * @param firstSales    sales revenue of its first filed year, in yuan
 * @param staff         staff of its first filed year
 * @param department    the partner department that referred it; null when it came by itself
 * @param override      the bureau's tier when it differs from the proposal, with the reason; null to confirm
 * @param published     whether the bureau published its feedback
 */
record DemoPoolFirm(int number, String name, String field, String product, DemoShape shape, long firstSales,
                    int staff, String department, String referralNote, Override override, boolean published) {

    /** The bureau's tier against the proposal, with the reason it gives. */
    record Override(TierResult tier, String reason) {
    }

    String uscc() {
        return UnifiedSocialCreditCode.withCheckCharacter(
                "91" + UnifiedSocialCreditCode.BAIYUN_DIVISION_CODE + String.format("MADM%05d", number))
                .value();
    }

    /** The firm's member, a person without an account in the realm: the demo's firms file through them. */
    String memberId() {
        return String.format("00000000-0000-4000-8000-0000000002%02d", number);
    }

    static final String GXJ = "工信局";
    static final String DSJ = "大数据局";
    static final String FGJ = "发改局";
    static final String SCJ = "商促局";
    static final String SJJ = "市场监管局";

    /** The pool's firms beyond the README's: every tier, firms outside the pool and firms short of data. */
    static List<DemoPoolFirm> all() {
        return List.of(
                firm(1, "贵州黔芯微电子科技有限公司", "1.2.1", "工业控制芯片", DemoShape.ALL_MET, 42_000_000, 86,
                        GXJ, "集成电路设计企业，拥有发明专利，研发投入占比高", null, true),
                firm(2, "贵阳云岭智能装备有限公司", "8.4.2", "六轴工业机器人", DemoShape.ALL_MET, 36_500_000, 120,
                        GXJ, "省级专精特新中小企业，机器人整机国产化率高", null, true),
                firm(3, "贵州苗岭生物医药科技有限公司", "2.2.2", "苗药复方制剂", DemoShape.ALL_MET, 28_800_000, 95,
                        FGJ, "省重大产业项目承担单位", null, true),
                firm(4, "贵州白云铝合金新材料有限公司", "4.1.2", "高强度铝合金型材", DemoShape.ALL_MET, 120_000_000, 260,
                        GXJ, "白云铝及铝加工产业链重点企业", null, true),
                firm(5, "贵州数智云链信息技术有限公司", "1.1.11", "政企混合云管理平台", DemoShape.ALL_MET, 18_600_000, 64,
                        DSJ, "大数据产业重点培育企业，云平台已服务全省多家单位", null, true),
                firm(6, "贵阳艳山红精密机械有限公司", "8.5.1", "精密减速器", DemoShape.ALL_MET, 24_300_000, 110,
                        null, null, new Override(TierResult.TIER_2,
                                "核心发明专利与主营产品的对应关系尚需专家现场核实，本年度暂列第二梯队，核实后再调整。"), true),
                firm(7, "贵州沙文检测认证技术有限公司", "5.2.1", "新材料检验检测服务", DemoShape.ALL_MET, 15_200_000, 58,
                        SJJ, "检验检测机构资质认定（CMA）企业，服务能力强", null, true),
                firm(8, "贵州都拉营新能源科技有限公司", "6.3.2", "储能电池管理系统", DemoShape.ALL_MET, 31_000_000, 92,
                        FGJ, "新型储能示范项目承担单位", null, true),
                firm(9, "贵阳麦架环保科技有限公司", "7.1.2", "工业废水处理成套设备", DemoShape.RD_SHORT, 22_500_000, 80,
                        null, null, new Override(TierResult.TIER_1,
                                "经辅导，企业已按项目补记研发工时并调整研发费用归集，专项审计口径研发费用占比达到 5.1%，调整为第一梯队。"),
                        true),
                firm(10, "贵州牛场智慧农业科技有限公司", "2.7.4", "智慧灌溉控制系统", DemoShape.RD_SHORT, 12_800_000, 46,
                        SCJ, "农产品电商与智慧农业结合的成长型企业", null, true),
                firm(11, "贵阳蓬莱仙界软件技术有限公司", "1.1.9", "中小企业财务管理软件", DemoShape.STAFF_SHORT, 16_400_000, 140,
                        DSJ, "软件企业，研发团队正在扩充", null, true),
                firm(12, "贵州长坡岭物联网科技有限公司", "1.4.8", "林区物联网监测终端", DemoShape.STAFF_SHORT, 19_900_000, 150,
                        null, null, null, true),
                firm(13, "贵阳白云电力设备制造有限公司", "8.6.3", "智能配电柜", DemoShape.SCORE_SHORT, 45_000_000, 180,
                        GXJ, "规上工业企业，产品进入南方电网供应商名录", null, true),
                firm(14, "贵州黔草堂中药科技有限公司", "2.2.3", "中成药二次开发", DemoShape.SCORE_SHORT, 21_000_000, 75,
                        null, null, null, true),
                firm(15, "贵阳金华精密模具有限公司", "8.4.4", "精密注塑模具", DemoShape.SCORE_SHORT, 17_500_000, 88,
                        GXJ, "为汽车零部件企业配套的模具企业", new Override(TierResult.TIER_3,
                                "近三年成果转化多为同一产品的改型，专家评估转化能力得分偏高，暂列第三梯队。"), true),
                firm(16, "贵州云峰数据服务有限公司", "5.3.2", "政务数据治理服务", DemoShape.SCORE_SHORT, 13_600_000, 52,
                        DSJ, "数据标注与治理服务企业", null, false),
                firm(17, "贵阳大山洞建材科技有限公司", "4.2.5", "透水混凝土砖", DemoShape.FAR_OFF, 26_000_000, 150,
                        SCJ, "绿色建材企业，有意申报高企", null, true),
                firm(18, "贵州泉湖食品科技有限公司", "2.6.5", "辣椒制品", DemoShape.FAR_OFF, 33_000_000, 210,
                        SCJ, "农产品精深加工企业", null, true),
                firm(19, "贵阳白云包装印刷有限公司", "8.9.2", "环保包装印刷", DemoShape.FAR_OFF, 14_500_000, 96,
                        null, null, null, true),
                firm(20, "贵州黔鑫汽车零部件有限公司", "8.7.2", "汽车制动零部件", DemoShape.FAR_OFF, 38_000_000, 230,
                        GXJ, "规上工业企业，计划三年内申报高企", null, true),
                firm(21, "贵阳都溪林场生态科技有限公司", "7.6", "林下生态修复", DemoShape.FAR_OFF, 9_800_000, 60,
                        FGJ, "生态保护修复项目承担单位", null, false),
                firm(22, "贵州白云智慧物流有限公司", "5.6.2", "城市配送调度平台", DemoShape.FAR_OFF, 29_000_000, 170,
                        SCJ, "商贸物流重点企业", new Override(TierResult.NOT_IN_POOL,
                                "经专家复核，企业主营为普通货运配送，调度平台为外购软件，核心技术不属于《国家重点支持的高新技术领域》，不纳入培育库。"),
                        true),
                firm(23, "贵阳铝都新型材料有限公司", "4.1.5", "铝基复合板材", DemoShape.FAR_OFF, 21_500_000, 130,
                        null, null, null, true),
                firm(24, "香港明途科技有限公司贵阳办事处", "5.3.3", "跨境数据咨询服务", DemoShape.NON_RESIDENT, 11_000_000, 40,
                        SCJ, "招商引资落地项目", null, true),
                firm(25, "新加坡星联检测技术有限公司贵州代表处", "5.2.1", "电子产品可靠性测试", DemoShape.NON_RESIDENT,
                        8_600_000, 34, null, null, null, false),
                firm(26, "贵阳尖坡智能科技有限公司", "8.3.1", "智能温湿度传感器", DemoShape.LAST_YEAR_DRAFT, 9_200_000, 44,
                        GXJ, "创新型中小企业", null, true),
                firm(27, "贵州沙子哨新材料有限公司", "4.3.2", "改性工程塑料", DemoShape.NOTHING_FILED, 7_800_000, 38,
                        FGJ, "新落地的新材料项目", null, false),
                firm(28, "贵阳云城数字科技有限公司", "1.1.10", "园区物联网平台", DemoShape.LAST_YEAR_DRAFT, 10_500_000, 42,
                        DSJ, "数字经济新锐企业", null, false),
                firm(29, "贵州金石创新材料科技有限公司", "4.5.4", "电子级精细化学品", DemoShape.NOTHING_FILED, 6_900_000, 30,
                        null, null, null, false),
                firm(30, "贵州黔岭智控科技有限公司", "8.1.5", "工业过程自动化控制系统", DemoShape.ALL_MET, 27_400_000, 98,
                        GXJ, "智能制造系统集成商", null, true),
                firm(31, "贵阳白云康源医疗器械有限公司", "2.5.2", "康复训练设备", DemoShape.RD_SHORT, 11_900_000, 55,
                        null, null, null, false),
                firm(32, "贵州云上智造软件有限公司", "1.1.3", "工业设计仿真软件", DemoShape.STAFF_SHORT, 8_900_000, 120,
                        DSJ, "工业软件企业", null, true));
    }

    private static DemoPoolFirm firm(int number, String name, String field, String product, DemoShape shape,
                                     long firstSales, int staff, String department, String note, Override override,
                                     boolean published) {
        return new DemoPoolFirm(number, name, field, product, shape, firstSales, staff, department, note, override,
                published);
    }
}
