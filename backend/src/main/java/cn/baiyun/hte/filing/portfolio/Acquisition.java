package cn.baiyun.hte.filing.portfolio;

/** How the firm came to own an IP right (C2; the acquisition-method score of §3.6(1)). */
public enum Acquisition {
    SELF_DEVELOPED, TRANSFER, GIFT, MERGER_ACQUISITION
}
