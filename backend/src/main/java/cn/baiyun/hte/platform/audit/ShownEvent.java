package cn.baiyun.hte.platform.audit;

import java.util.List;

/** An entry of the audit trail with its changes as a person reads them, for the pages that list them. */
public record ShownEvent(AuditEvent event, List<ShownChange> changes) {

    /** A field's value before and after, readable; {@code null} where there was none. */
    public record ShownChange(String field, String before, String after) {
    }
}
