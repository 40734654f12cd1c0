package cn.baiyun.hte.filing;

import java.util.List;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;

/** A member started the firm's filing for {@code fiscalYear}, as an empty draft. */
public record FilingCreated(EventHeader header, int fiscalYear) implements DomainEvent {

    public static final String TYPE = "filing.created";

    /** The year under a name of its own: {@code fiscalYear} is a form field elsewhere, with its own label. */
    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("filingYear", null, String.valueOf(fiscalYear)));
    }
}
