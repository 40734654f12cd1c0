package cn.baiyun.hte.assessment;

/** C2: at least one usable item of IP; whether it core-supports the main products is the expert's call. */
public record CoreIp(int usableClass1, int usableClass2, boolean pass, String manualReview) {
}
