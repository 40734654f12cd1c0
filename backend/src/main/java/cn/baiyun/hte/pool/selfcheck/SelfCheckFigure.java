package cn.baiyun.hte.pool.selfcheck;

import java.math.BigDecimal;
import java.util.List;

import cn.baiyun.hte.pool.feedback.ResultExplanation;

/**
 * A figure of the what-if next to last year's, both with thousands separators. Sales and net assets that
 * stay as they were mean zero growth in the year in progress, which lowers the growth items of the score:
 * the page says so where it happens.
 *
 * @param field the what-if form's field, whose label names the figure
 */
record SelfCheckFigure(String field, String lastYear, String yearInProgress, boolean zeroGrowth) {

    static List<SelfCheckFigure> of(SelfCheckProjection.Figures last, SelfCheckProjection.Figures next) {
        return List.of(money("rdSpend", last.rdSpend(), next.rdSpend(), false),
                money("salesRevenue", last.salesRevenue(), next.salesRevenue(), true),
                money("netAssets", last.netAssets(), next.netAssets(), true),
                money("stStaff", last.stStaff(), next.stStaff(), false),
                money("totalStaff", last.totalStaff(), next.totalStaff(), false),
                count("transformations", last.transformations(), next.transformations()),
                count("inventionsGranted", last.inventionsGranted(), next.inventionsGranted()),
                count("otherIpGranted", last.otherIpGranted(), next.otherIpGranted()));
    }

    private static SelfCheckFigure money(String field, BigDecimal last, BigDecimal next, boolean grows) {
        return new SelfCheckFigure(field, ResultExplanation.figure(last), ResultExplanation.figure(next),
                grows && last.compareTo(next) == 0);
    }

    private static SelfCheckFigure count(String field, int last, int next) {
        return new SelfCheckFigure(field, ResultExplanation.figure(BigDecimal.valueOf(last)),
                ResultExplanation.figure(BigDecimal.valueOf(next)), false);
    }
}
