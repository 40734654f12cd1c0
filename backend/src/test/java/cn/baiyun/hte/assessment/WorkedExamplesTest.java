package cn.baiyun.hte.assessment;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every worked example of examples.json, HTE and tech-SME: the engine's output must hold every value of
 * {@code expected}, compared through the JSON the preview API writes.
 */
class WorkedExamplesTest {

    private static final HteEngine ENGINE = new HteEngine(RuleSets.current());

    static Stream<Arguments> hteCases() {
        return WorkedExamples.hteCases().stream()
                .map(example -> Arguments.of(example.get("id").asString() + " " + example.get("title").asString(), example));
    }

    static Stream<Arguments> techSmeCases() {
        return WorkedExamples.techSmeCases().stream()
                .map(example -> Arguments.of(example.get("id").asString() + " " + example.get("title").asString(), example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hteCases")
    void assessesTheWorkedExampleExactly(String name, JsonNode example) {
        Assessment assessment = ENGINE.assess(WorkedExamples.snapshot(example.get("inputs")));

        WorkedExamples.assertMatches(example.get("expected"), WorkedExamples.JSON.valueToTree(assessment), "$");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("techSmeCases")
    void evaluatesTheTechSmeExampleExactly(String name, JsonNode example) {
        TechSmeEvaluation evaluation = new TechSmeEvaluator().evaluate(WorkedExamples.techSmeSnapshot(example.get("inputs")));

        WorkedExamples.assertMatches(example.get("expected"), WorkedExamples.JSON.valueToTree(evaluation), "$");
    }

    @Test
    void theComparisonNamesThePathOfAnyDifference() {
        JsonNode example = WorkedExamples.hteCase("C02");
        ObjectNode expected = (ObjectNode) example.get("expected").deepCopy();
        ((ObjectNode) expected.get("tier").get("gap_classification").get("c5a_rd_intensity")).put("exact", "2975001/50000000");
        JsonNode actual = WorkedExamples.JSON.valueToTree(ENGINE.assess(WorkedExamples.snapshot(example.get("inputs"))));

        assertThatThrownBy(() -> WorkedExamples.assertMatches(expected, actual, "$"))
                .hasMessageContaining("$.tier.gap_classification.c5a_rd_intensity.exact");
    }
}
