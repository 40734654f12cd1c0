package cn.baiyun.hte.pool.selfcheck;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.pool.feedback.ResultExplanation;

/**
 * One item of the innovation score today and a year on, so the what-if shows where its score comes from:
 * the band, the points and, for the growth items, the rate on both sides.
 */
record SelfCheckScoreItem(ResultExplanation.ScoreLine before, ResultExplanation.ScoreLine after) {

    /** Every item in the rubric's order; both explanations list them in the same order. */
    static List<SelfCheckScoreItem> between(ResultExplanation today, ResultExplanation nextYear) {
        List<SelfCheckScoreItem> items = new ArrayList<>();
        for (int i = 0; i < today.scoreItems().size(); i++) {
            items.add(new SelfCheckScoreItem(today.scoreItems().get(i), nextYear.scoreItems().get(i)));
        }
        return items;
    }

    public String item() {
        return before.item();
    }

    public boolean changed() {
        return before.points() != after.points();
    }
}
