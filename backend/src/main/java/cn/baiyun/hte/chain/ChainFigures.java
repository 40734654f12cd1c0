package cn.baiyun.hte.chain;

import java.util.Map;

/**
 * One chain's firms: all tagged with it, those holding a valid HTE certificate on the breakdown's day, and those
 * with each flag.
 *
 * @param chain the chain; null for firms flagged without a chain
 */
public record ChainFigures(IndustryChain chain, FirmGroup firms, FirmGroup hte, Map<FirmFlag, FirmGroup> flags) {

    public ChainFigures {
        flags = Map.copyOf(flags);
    }
}
