package cn.baiyun.hte.chain;

/**
 * The columns of the breakdown by chain and by cluster, each a group of firms a reviewer can drill into: all the
 * tagged firms, those holding a valid HTE certificate, and those with each of the plan's flags.
 */
public enum ChainColumn {
    FIRMS(null), HTE(null), LEADING(FirmFlag.LEADING), LISTED(FirmFlag.LISTED),
    LISTING_CANDIDATE(FirmFlag.LISTING_CANDIDATE);

    private final FirmFlag flag;

    ChainColumn(FirmFlag flag) {
        this.flag = flag;
    }

    /** The flag the column counts; null for all firms and the HTEs. */
    public FirmFlag flag() {
        return flag;
    }
}
