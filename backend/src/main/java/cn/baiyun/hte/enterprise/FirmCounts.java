package cn.baiyun.hte.enterprise;

/**
 * How many firms and people the portal holds, for the operator's overview.
 *
 * @param members       people who act for at least one firm (an approved membership)
 * @param pendingClaims claims waiting for the bureau
 */
public record FirmCounts(long firms, long verifiedFirms, long members, long pendingClaims) {
}
