package cn.baiyun.hte.filing.portfolio;

/** Where an IP right stands; only a {@link #GRANTED} one within its protection period counts for C2. */
public enum IpStatus {
    PENDING, GRANTED, EXPIRED, INVALID
}
