package cn.baiyun.hte.assessment;

/**
 * The expert-judged score items as estimated by the firm or the bureau, as the snapshot carries them: the
 * basis of the projection (what a firm files is {@code filing.SelfAssessment}).
 */
public record SnapshotSelfAssessment(Band techAdvancementBand, Band coreSupportBand, RdManagement rdManagement) {
}
