package cn.baiyun.hte.assessment;

/** Missing IP is a slight gap when applications are pending (normally granted within a year). */
public record IpGap(boolean slight, int pendingApplications, String limit) {
}
