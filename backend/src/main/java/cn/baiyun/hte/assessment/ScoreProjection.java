package cn.baiyun.hte.assessment;

/** The points projected for each score item and the total (hte-rules.md §7.2). */
public record ScoreProjection(int techAdvancement, int coreSupport, int ipQuantity, int ipAcquisition,
                              int standardsBonus, int ipSubtotalCapped30, int techTransformation, int rdManagement,
                              int growthNetAssets, int growthSales, int total) {
}
