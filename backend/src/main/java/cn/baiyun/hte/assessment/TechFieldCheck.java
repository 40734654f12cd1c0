package cn.baiyun.hte.assessment;

/** C3: the core technology is in the catalogue; the third-level field is the expert's call. */
public record TechFieldCheck(boolean pass, String manualReview) {
}
