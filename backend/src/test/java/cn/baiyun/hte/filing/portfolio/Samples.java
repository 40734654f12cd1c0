package cn.baiyun.hte.filing.portfolio;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies to start from; tests change one thing at a time. */
final class Samples {

    private Samples() {
    }

    static Map<String, Object> utilityModel(String number) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "UTILITY_MODEL");
        body.put("number", number);
        body.put("title", "一种智能装配机械臂的夹持装置");
        body.put("status", "GRANTED");
        body.put("applicationDate", "2022-03-01");
        body.put("grantDate", "2022-09-16");
        body.put("expiryDate", "2032-02-28");
        body.put("acquisition", "SELF_DEVELOPED");
        body.put("ownedByFirm", true);
        body.put("usedInPriorHteApplication", false);
        body.put("supportsMainProduct", true);
        return body;
    }

    static Map<String, Object> achievement(List<String> ipAssetIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "智能装配机械臂夹持技术");
        body.put("ipAssetIds", ipAssetIds);
        body.put("description", "用于精密零件装配的柔性夹持技术");
        body.put("transformations", List.of(
                Map.of("date", "2024-03-15", "form", "OWN_IMPLEMENTATION", "appliedTo", "ZA-200 装配机械臂"),
                Map.of("year", 2024, "form", "OWN_IMPLEMENTATION", "appliedTo", "ZA-300 装配机械臂"),
                Map.of("date", "2025-01-10", "form", "LICENCE", "appliedTo", "贵州某装备公司生产线")));
        return body;
    }

    static Map<String, Object> rdProject(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("title", "高精度视觉定位装配系统研发");
        body.put("startDate", "2023-01-01");
        body.put("endDate", "2025-12-31");
        body.put("budget", 1200000.50);
        body.put("spendByYear", List.of(Map.of("year", 2023, "amount", 350000.25),
                Map.of("year", 2024, "amount", 420000)));
        return body;
    }
}
