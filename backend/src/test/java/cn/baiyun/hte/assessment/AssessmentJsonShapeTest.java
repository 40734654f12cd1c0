package cn.baiyun.hte.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview API can write the engine's records as they are: serialized by Jackson (plus the one serializer
 * for {@link Coded} enums), C17's result has the camelCased {@code expected} of the example as written, with
 * only the documented additions.
 */
class AssessmentJsonShapeTest {

    /** Keys the engine adds to what the examples show: the rule-set version, gaps, review notes, optional blocks. */
    private static final Set<String> ADDED = Set.of("$.ruleSetVersion", "$.rdWithoutCapInfo", "$.staffWorking",
            "$.conditions.c1RegistrationAge.gapDays", "$.conditions.c4StStaffRatio.gap",
            "$.conditions.c5aRdIntensity.gap", "$.conditions.c5bDomesticRdShare.gap",
            "$.conditions.c6HightechRevenueShare.gap", "$.conditions.c7InnovationCapability.gap",
            "$.conditions.c8NoMajorIncident.manualReview", "$.innovationScore.growthNetAssets.flag",
            "$.innovationScore.growthSales.flag", "$.tier.reason", "$.tier.gapClassification.c1RegistrationAge",
            "$.tier.gapClassification.c4StStaffRatio", "$.tier.gapClassification.c5aRdIntensity",
            "$.tier.gapClassification.c5bDomesticRdShare", "$.tier.gapClassification.c6HightechRevenueShare",
            "$.tier.gapClassification.c8NoMajorIncident");

    @Test
    void theResultSerializesToTheCamelCasedExpectedOfTheExample() {
        JsonNode example = WorkedExamples.hteCase("C17");
        JsonNode expected = WorkedExamples.camelCased(example.get("expected"));
        JsonNode actual = WorkedExamples.JSON.valueToTree(
                new HteEngine(RuleSets.current()).assess(WorkedExamples.snapshot(example.get("inputs"))));

        WorkedExamples.assertMatches(example.get("expected"), actual, "$");
        assertThat(extraKeys(expected, actual, "$")).allMatch(ADDED::contains);
        assertThat(actual.get("tier").get("unmet").get(0).asString()).isEqualTo("c2_core_ip");
        assertThat(actual.get("conditions").get("c5aRdIntensity").get("band").asString()).isEqualTo("le_50m");
    }

    private static List<String> extraKeys(JsonNode expected, JsonNode actual, String path) {
        List<String> extra = new ArrayList<>();
        if (actual.isObject()) {
            for (Map.Entry<String, JsonNode> field : actual.properties()) {
                String at = path + "." + field.getKey();
                if (expected == null || !expected.has(field.getKey())) {
                    extra.add(at);
                } else {
                    extra.addAll(extraKeys(expected.get(field.getKey()), field.getValue(), at));
                }
            }
        }
        return extra;
    }
}
