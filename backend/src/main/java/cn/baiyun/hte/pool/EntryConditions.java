package cn.baiyun.hte.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSets;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The engine's condition table of an entry, recomputed from the stored snapshot under the entry's own
 * rule-set version: the entry keeps only the tier and the unmet list, and recomputing gives exactly the
 * result of the run because the engine is deterministic and a published rule set never changes.
 */
@Component
class EntryConditions {

    /** One condition: whether it passed, and its inputs, value, threshold and gap as the engine names them. */
    record Row(String condition, boolean pass, List<Map.Entry<String, String>> details) {
    }

    private final AssessmentJson json;

    EntryConditions(AssessmentJson json) {
        this.json = json;
    }

    /** Empty for an entry without a snapshot (insufficient data) or with a rule set this build lacks. */
    List<Row> of(PoolEntry entry) {
        if (entry.snapshotJson() == null) {
            return List.of();
        }
        return RuleSets.byVersion(entry.ruleSetVersion()).map(rules -> {
            FirmSnapshot snapshot = json.mapper().readValue(entry.snapshotJson(), FirmSnapshot.class);
            Assessment result = new HteEngine(rules).assess(snapshot);
            List<Row> rows = new ArrayList<>();
            for (Map.Entry<String, JsonNode> condition : json.mapper().valueToTree(result.conditions()).properties()) {
                List<Map.Entry<String, String>> details = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : condition.getValue().properties()) {
                    if (!field.getKey().equals("pass") && !field.getValue().isNull()) {
                        details.add(Map.entry(field.getKey(), text(field.getValue())));
                    }
                }
                rows.add(new Row(condition.getKey(), condition.getValue().path("pass").asBoolean(), details));
            }
            return rows;
        }).orElse(List.of());
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
