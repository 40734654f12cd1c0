package cn.baiyun.hte.filing;

import java.util.Map;
import java.util.stream.Collectors;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;

/** A reviewer sent a firm's filing back with a comment on each section to change. */
public record FilingReturned(EventHeader header, int fiscalYear, Map<FilingSection, String> comments)
        implements DomainEvent {

    public static final String TYPE = "filing.returned";

    /** The comments, one line per section, as the audit trail shows them. */
    @Override
    public String reason() {
        return comments.entrySet().stream().map(e -> e.getKey().slug() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
