package cn.baiyun.hte.enterprise;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.platform.events.FieldChange;

/** Which profile fields an update changed, for its event and so the audit trail. */
final class ProfileChanges {

    private ProfileChanges() {
    }

    static List<FieldChange> between(EnterpriseProfile before, EnterpriseProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : EnterpriseProfile.class.getRecordComponents()) {
            Object old = read(component, before);
            Object now = read(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(component.getName(), text(old), text(now)));
            }
        }
        return changes;
    }

    private static Object read(RecordComponent component, EnterpriseProfile profile) {
        try {
            return component.getAccessor().invoke(profile);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read profile field " + component.getName(), e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
