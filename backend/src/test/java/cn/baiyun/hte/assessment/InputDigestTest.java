package cn.baiyun.hte.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class InputDigestTest {

    @Test
    void theSameFiguresGiveTheSameDigestWhateverTheirScale() {
        ObjectNode inputs = WorkedExamples.inputsOf("C01");
        ObjectNode rescaled = WorkedExamples.inputsOf("C01");
        ((ObjectNode) rescaled.get("fiscal_years").get(0).get("rd_expense_cny")).put("personnel", new BigDecimal("1000000.00"));

        String digest = InputDigest.of(WorkedExamples.snapshot(inputs));

        assertThat(digest).hasSize(64).isEqualTo(InputDigest.of(WorkedExamples.snapshot(rescaled)));
    }

    @Test
    void anyChangedFigureChangesTheDigest() {
        ObjectNode changed = WorkedExamples.inputsOf("C01");
        ((ObjectNode) changed.get("fiscal_years").get(0).get("rd_expense_cny")).put("personnel", 1000001);

        assertThat(InputDigest.of(WorkedExamples.snapshot(changed)))
                .isNotEqualTo(InputDigest.of(WorkedExamples.snapshot(WorkedExamples.inputsOf("C01"))));
    }

    @Test
    void transformationsAreDigestedByYearWhateverTheMapOrder() {
        String canonical = InputDigest.canonical(WorkedExamples.snapshot(WorkedExamples.inputsOf("C01")));

        assertThat(canonical).contains("techTransformationsByYear=<2023:5;2024:6;2025:7;>");
    }
}
