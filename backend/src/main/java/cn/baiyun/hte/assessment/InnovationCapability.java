package cn.baiyun.hte.assessment;

/** C7: the projected innovation score must exceed 70; {@code gap} is the points still missing, 0 when met. */
public record InnovationCapability(int projectedScore, String rule, boolean pass, String basis, int gap) {
}
