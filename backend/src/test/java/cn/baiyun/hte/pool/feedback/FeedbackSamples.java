package cn.baiyun.hte.pool.feedback;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.pool.run.AssessmentJson;
import tools.jackson.databind.json.JsonMapper;

/** Firm snapshots of the worked examples, as an assessment run stores them, and their results. */
public final class FeedbackSamples {

    /** The application's plain mapper, which is what the run writes a snapshot with. */
    private static final JsonMapper STORED = JsonMapper.builder().build();
    private static final AssessmentJson JSON = new AssessmentJson();

    private FeedbackSamples() {
    }

    public static FirmSnapshot snapshot(String caseId) {
        return JSON.mapper().treeToValue(WorkedExamples.camelCased(WorkedExamples.hteCase(caseId).get("inputs")),
                FirmSnapshot.class);
    }

    public static String snapshotJson(String caseId) {
        return STORED.writeValueAsString(snapshot(caseId));
    }

    public static Assessment result(String caseId) {
        return new HteEngine(RuleSets.current()).assess(snapshot(caseId));
    }
}
