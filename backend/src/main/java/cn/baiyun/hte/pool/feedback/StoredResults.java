package cn.baiyun.hte.pool.feedback;

import java.util.Optional;

import cn.baiyun.hte.assessment.Assessment;
import cn.baiyun.hte.assessment.FirmSnapshot;
import cn.baiyun.hte.assessment.HteEngine;
import cn.baiyun.hte.assessment.RuleSet;
import cn.baiyun.hte.assessment.RuleSets;
import cn.baiyun.hte.pool.run.AssessmentJson;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

/**
 * The full engine result behind a stored proposal or publication, recomputed from its snapshot under its
 * own rule-set version: entries keep only the tier and the unmet list, and recomputing gives exactly the
 * result of the run because the engine is deterministic and a published rule set never changes. For the
 * same reason the latest {@value #KEPT} results are kept by snapshot and version: a firm rereading its
 * feedback page no longer parses the snapshot and assesses it again each time (about 6% of the page's
 * processor time).
 */
@Component
public class StoredResults {

    static final int KEPT = 256;

    /**
     * @param explained the result in plain words, made once with the result: it holds message keys and
     *                  arguments, the same in every language, so each page view need not build it again
     */
    public record Recomputed(RuleSet rules, FirmSnapshot snapshot, Assessment result, ResultExplanation explained) {
    }

    private record Stored(String snapshotJson, String ruleSetVersion) {
    }

    private final AssessmentJson json;
    private final ConcurrentLruCache<Stored, Recomputed> recent = new ConcurrentLruCache<>(KEPT, this::recompute);

    StoredResults(AssessmentJson json) {
        this.json = json;
    }

    /** Empty without a snapshot (the firm's data were insufficient). */
    public Optional<Recomputed> of(String snapshotJson, String ruleSetVersion) {
        if (snapshotJson == null) {
            return Optional.empty();
        }
        return Optional.of(recent.get(new Stored(snapshotJson, ruleSetVersion)));
    }

    private Recomputed recompute(Stored stored) {
        String ruleSetVersion = stored.ruleSetVersion();
        RuleSet rules = RuleSets.byVersion(ruleSetVersion).orElseThrow(() -> new IllegalStateException(
                "A stored result names the rule set " + ruleSetVersion + ", which this build does not have"));
        FirmSnapshot snapshot = json.mapper().readValue(stored.snapshotJson(), FirmSnapshot.class);
        Assessment result = new HteEngine(rules).assess(snapshot);
        return new Recomputed(rules, snapshot, result, ResultExplanation.of(result, rules));
    }
}
