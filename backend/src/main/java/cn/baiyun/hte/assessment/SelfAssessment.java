package cn.baiyun.hte.assessment;

/** The expert-judged score items as estimated by the firm or the bureau: the basis of the projection. */
public record SelfAssessment(Band techAdvancementBand, Band coreSupportBand, RdManagement rdManagement) {
}
