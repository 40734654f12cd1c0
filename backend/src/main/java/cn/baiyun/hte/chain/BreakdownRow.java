package cn.baiyun.hte.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a chain's and a cluster's line of the breakdown have alike, so that one table shows either and each of
 * its figures leads to the firms behind it.
 */
public interface BreakdownRow {

    FirmGroup firms();

    FirmGroup hte();

    Map<FirmFlag, FirmGroup> flags();

    /** The line's name in the reader's language; null for the firms flagged without a chain. */
    String label(Locale locale);

    /** What names the line in a drill-down's {@code group}: a chain's id, {@link ChainBreakdown#UNCHAINED}, or a cluster's Chinese name. */
    String drillGroup();

    default FirmGroup column(ChainColumn column) {
        return switch (column) {
            case FIRMS -> firms();
            case HTE -> hte();
            default -> flags().getOrDefault(column.flag(), new FirmGroup(0, List.of()));
        };
    }
}
