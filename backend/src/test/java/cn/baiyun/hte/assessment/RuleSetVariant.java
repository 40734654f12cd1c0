package cn.baiyun.hte.assessment;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** A rule set that differs from another in one key: how the alternatives of the open questions are tried. */
final class RuleSetVariant {

    private RuleSetVariant() {
    }

    static RuleSet of(RuleSet base, String key, Object value) {
        try {
            RecordComponent[] components = RuleSet.class.getRecordComponents();
            Object[] values = new Object[components.length];
            boolean found = false;
            for (int i = 0; i < components.length; i++) {
                boolean changed = components[i].getName().equals(key);
                found |= changed;
                values[i] = changed ? value : components[i].getAccessor().invoke(base);
            }
            if (!found) {
                throw new IllegalArgumentException("no rule-set key " + key);
            }
            values[0] = base.version() + "+" + key;
            Constructor<RuleSet> canonical = RuleSet.class.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
