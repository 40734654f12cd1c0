package cn.baiyun.hte.pool.run;

import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.platform.json.RejectedInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A posted snapshot is read as strictly as any API body; a stored result as it was written. */
class AssessmentJsonRequestsTest {

    final AssessmentJson json = new AssessmentJson();

    @Test
    void aControlCharacterInAPostedSnapshotIsRefused() {
        ObjectNode inputs = (ObjectNode) WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs"));
        inputs.put("firmName", "示例\u0000公司");

        assertThatThrownBy(() -> json.requests().treeToValue(inputs, FirmSnapshot.class))
                .isInstanceOfSatisfying(RejectedInput.class,
                        rejected -> assertThat(rejected.getPath().get(0).getPropertyName()).isEqualTo("firmName"));
        assertThat(json.mapper().treeToValue(inputs, FirmSnapshot.class).firmName()).isEqualTo("示例\u0000公司");
    }
}
