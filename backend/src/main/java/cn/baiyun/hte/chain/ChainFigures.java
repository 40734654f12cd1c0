package cn.baiyun.hte.chain;

import java.util.Locale;
import java.util.Map;

/**
 * One chain's firms: all tagged with it, those holding a valid HTE certificate on the breakdown's day, and those
 * with each flag.
 *
 * @param chain the chain; null for firms flagged without a chain
 */
public record ChainFigures(IndustryChain chain, FirmGroup firms, FirmGroup hte, Map<FirmFlag, FirmGroup> flags)
        implements BreakdownRow {

    public ChainFigures {
        flags = Map.copyOf(flags);
    }

    @Override
    public String label(Locale locale) {
        return chain == null ? null : chain.name(locale);
    }

    @Override
    public String drillGroup() {
        return chain == null ? ChainBreakdown.UNCHAINED : chain.id();
    }
}
