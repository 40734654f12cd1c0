package cn.baiyun.hte.filing.portfolio;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/**
 * A member created, changed or deleted one of the firm's portfolio records: an IP asset, a technology
 * achievement or an R&D project ({@code kind}: {@code ip-asset}, {@code achievement}, {@code rd-project}).
 */
public record PortfolioRecordChanged(EventHeader header, String kind, Change change) implements DomainEvent {

    public enum Change { CREATED, UPDATED, DELETED }

    /** E.g. {@code portfolio.ip-asset.created}. */
    public static String typeOf(String kind, Change change) {
        return "portfolio." + kind + "." + change.name().toLowerCase(java.util.Locale.ROOT);
    }
}
