package cn.baiyun.hte.filing.portfolio;

/**
 * The IP classes of hte-rules §3.3. {@link #NONE} is for rights the portal keeps but the HTE rules do not
 * count at all (trademarks).
 */
public enum IpClass {
    I, II, NONE
}
