package cn.baiyun.hte.relocation;

import java.math.BigDecimal;

/**
 * What the district agreed to give the firm (一企一策): industrial space (area in square metres and what it is),
 * special funding in yuan, and the talent measures, in words.
 */
public record SupportPackage(BigDecimal spaceSquareMetres, String space, BigDecimal fundingYuan,
                             String talentMeasures) {
}
