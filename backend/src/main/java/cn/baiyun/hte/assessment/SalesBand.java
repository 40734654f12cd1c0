package cn.baiyun.hte.assessment;

/** The last year's sales band that sets the R&D-intensity threshold (办法 第十一条(五)). */
public enum SalesBand implements Coded {
    LE_50M,
    GT_50M_LE_200M,
    GT_200M
}
