package cn.baiyun.hte.chain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One cluster's firms, over its chains: a firm counts once. Named by the cluster's Chinese name (its key) and
 * its English one where the chains give it.
 */
public record ClusterFigures(String clusterZh, String clusterEn, List<String> chainIds, FirmGroup firms,
                             FirmGroup hte, Map<FirmFlag, FirmGroup> flags) implements BreakdownRow {

    public ClusterFigures {
        chainIds = List.copyOf(chainIds);
        flags = Map.copyOf(flags);
    }

    public String cluster(Locale locale) {
        return "en".equals(locale.getLanguage()) && clusterEn != null ? clusterEn : clusterZh;
    }

    @Override
    public String label(Locale locale) {
        return cluster(locale);
    }

    @Override
    public String drillGroup() {
        return clusterZh;
    }
}
