package cn.baiyun.hte.filing;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/**
 * A member saved one section of the firm's filing for {@code fiscalYear}: which section, which of its
 * fields changed ({@code section.property()} paths such as {@code financials.totalRevenue}), and the
 * SHA-256 of the section's stored form before (null when it was never saved) and after, so that the
 * audit trail proves what was there at each save without copying the firm's figures into it.
 */
public record FilingSectionSaved(EventHeader header, int fiscalYear, FilingSection section, List<String> changedFields,
                                 String digestBefore, String digestAfter) implements DomainEvent {

    public static final String TYPE = "filing.section.saved";
    static final String SECTION = "filingSection";
    static final String CHANGED_FIELDS = "changedFields";
    static final String DIGEST = "sectionDigest";
    static final String FIELD_SEPARATOR = ",";

    @Override
    public List<FieldChange> changes() {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange(SECTION, null, section.name()));
        if (!changedFields.isEmpty()) {
            changes.add(new FieldChange(CHANGED_FIELDS, null, String.join(FIELD_SEPARATOR, changedFields)));
        }
        changes.add(new FieldChange(DIGEST, digestBefore, digestAfter));
        return changes;
    }
}
