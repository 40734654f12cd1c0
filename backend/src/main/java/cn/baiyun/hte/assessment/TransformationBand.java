package cn.baiyun.hte.assessment;

import java.math.BigDecimal;
import java.util.List;

/** Technology-achievement transformations: total, the divisor, the annual average and its band. */
public record TransformationBand(int countTotal, int years, BigDecimal annualAverage4dp, Band band,
                                 List<Integer> range) {
}
