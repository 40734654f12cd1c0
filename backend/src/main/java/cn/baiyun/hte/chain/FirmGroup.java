package cn.baiyun.hte.chain;

import java.util.Collection;
import java.util.List;

/**
 * How many firms a figure counts, and which: the firms' ids for the bureau's drill-down, empty for readers who
 * see figures only (department officers, integration clients).
 */
public record FirmGroup(long count, List<String> enterpriseIds) {

    public FirmGroup {
        enterpriseIds = List.copyOf(enterpriseIds);
    }

    static FirmGroup of(Collection<String> ids, boolean showIds) {
        return new FirmGroup(ids.size(), showIds ? ids.stream().sorted().toList() : List.of());
    }
}
