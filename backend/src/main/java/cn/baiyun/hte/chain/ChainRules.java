package cn.baiyun.hte.chain;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;

/** What a chain's details must be: names present and short enough to show in a chart's legend. */
final class ChainRules {

    static final int MAX_NAME = 40;
    static final int MAX_NAME_EN = 80;
    static final int MAX_POSITION = 999;

    private ChainRules() {
    }

    static ChainDetails normalized(ChainDetails d) {
        return new ChainDetails(strip(d.nameZh()), strip(d.nameEn()), strip(d.clusterZh()), strip(d.clusterEn()),
                d.position(), Boolean.TRUE.equals(d.retired()));
    }

    static List<FieldProblem> problems(ChainDetails d) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "nameZh", d.nameZh(), MAX_NAME);
        optional(problems, "nameEn", d.nameEn(), MAX_NAME_EN);
        required(problems, "clusterZh", d.clusterZh(), MAX_NAME);
        optional(problems, "clusterEn", d.clusterEn(), MAX_NAME_EN);
        if (d.position() == null) {
            problems.add(new FieldProblem("position", "chain.required"));
        } else if (d.position() < 0 || d.position() > MAX_POSITION) {
            problems.add(new FieldProblem("position", "chain.position.range", 0, MAX_POSITION));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "chain.required"));
        } else {
            optional(problems, field, value, max);
        }
    }

    private static void optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "chain.text.too-long", max));
        }
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
