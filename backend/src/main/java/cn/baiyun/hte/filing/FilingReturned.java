package cn.baiyun.hte.filing;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A reviewer sent a firm's filing back with a comment on each section to change. */
public record FilingReturned(EventHeader header, int fiscalYear, Map<FilingSection, String> comments)
        implements DomainEvent {

    public static final String TYPE = "filing.returned";

    /**
     * Each section's comment as a change of its own field ({@code returnComment.staff}), so that the
     * history names the section in the reader's language rather than by its internal name.
     */
    @Override
    public List<FieldChange> changes() {
        return comments.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldChange(commentField(e.getKey()), null, e.getValue()))
                .toList();
    }

    static String commentField(FilingSection section) {
        return "returnComment." + section.property();
    }
}
