package cn.baiyun.hte.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fiscal year of every worked example in {@code domain/examples.json} (a copy of the maintainers'
 * shared/domain/examples.json): the counted R&D figures must equal {@code expected.per_year_rd} exactly.
 */
class RdCountingExamplesTest {

    static Stream<Arguments> yearsOfTheWorkedExamples() throws IOException {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
        JsonNode examples;
        try (InputStream in = RdCountingExamplesTest.class.getResourceAsStream("/domain/examples.json")) {
            examples = json.readTree(in);
        }
        List<Arguments> years = new ArrayList<>();
        for (JsonNode example : examples.get("hte_cases")) {
            JsonNode inputs = example.get("inputs").get("fiscal_years");
            JsonNode expected = example.get("expected").get("per_year_rd");
            for (int i = 0; i < inputs.size(); i++) {
                years.add(Arguments.of(example.get("id").asString() + " " + inputs.get(i).get("year").asInt(),
                        inputs.get(i).get("rd_expense_cny"), expected.get(i)));
            }
        }
        return years.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsOfTheWorkedExamples")
    void countsEveryYearExactlyAsTheWorkedExample(String year, JsonNode spend, JsonNode expected) {
        CountedRd counted = RdCounting.byDefault().count(new RdExpenses(
                amount(spend, "personnel"), amount(spend, "direct_input"),
                amount(spend, "depreciation_and_long_term_prepaid"), amount(spend, "intangible_amortization"),
                amount(spend, "design"), amount(spend, "equipment_debugging_and_trial"), amount(spend, "other"),
                amount(spend, "outsourced_domestic_actual"), amount(spend, "outsourced_foreign_actual")));

        assertThat(counted.internalNonOther()).isEqualByComparingTo(amount(expected, "internal_non_other_cny"));
        assertThat(counted.outsourcedCounted()).isEqualByComparingTo(amount(expected, "outsourced_counted_cny"));
        assertThat(counted.otherActual()).isEqualByComparingTo(amount(expected, "other_actual_cny"));
        assertThat(counted.otherCap()).isEqualByComparingTo(amount(expected, "other_cap_cny"));
        assertThat(counted.otherCounted()).isEqualByComparingTo(amount(expected, "other_counted_cny"));
        assertThat(counted.rdCounted()).isEqualByComparingTo(amount(expected, "rd_counted_cny"));
        assertThat(counted.domesticCounted()).isEqualByComparingTo(amount(expected, "domestic_counted_cny"));
    }

    private static BigDecimal amount(JsonNode node, String field) {
        return node.get(field).decimalValue();
    }
}
