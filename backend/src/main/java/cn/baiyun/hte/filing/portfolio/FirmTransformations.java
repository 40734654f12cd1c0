package cn.baiyun.hte.filing.portfolio;

/** One firm's counted transformations per fiscal year, for work over all firms in firm order. */
public record FirmTransformations(String enterpriseId, TransformationsPerYear perYear) {
}
