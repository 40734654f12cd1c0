package cn.baiyun.hte.assessment;

import java.util.List;

/**
 * The projected innovation-capability score (hte-rules.md §3.6, §7.2): the bands the data fix, the range
 * of points those four items can give, the projection now and the one for next year (pending IP granted).
 */
public record InnovationScore(ScoredBand ipQuantity, ScoredBand ipAcquisition, ScoredBand standardsBonus,
                              TransformationBand techTransformation, GrowthBand growthNetAssets,
                              GrowthBand growthSales, List<Integer> deterministicSubtotalRange,
                              ScoreProjection projection, ScoreProjection nextYearProjection) {
}
