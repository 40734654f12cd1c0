package cn.baiyun.hte.pool;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.WorkedExamples;
import tools.jackson.databind.json.JsonMapper;

/** Firm snapshots of the worked examples, as an assessment run stores them, and their results. */
final class FeedbackSamples {

    /** The application's plain mapper, which is what the run writes a snapshot with. */
    private static final JsonMapper STORED = JsonMapper.builder().build();
    private static final AssessmentJson JSON = new AssessmentJson();

    private FeedbackSamples() {
    }

    static FirmSnapshot snapshot(String caseId) {
        return JSON.mapper().treeToValue(WorkedExamples.camelCased(WorkedExamples.hteCase(caseId).get("inputs")),
                FirmSnapshot.class);
    }

    static String snapshotJson(String caseId) {
        return STORED.writeValueAsString(snapshot(caseId));
    }

    static Assessment result(String caseId) {
        return new HteEngine(RuleSets.current()).assess(snapshot(caseId));
    }
}
