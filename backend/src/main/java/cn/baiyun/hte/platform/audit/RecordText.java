package cn.baiyun.hte.platform.audit;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads back a record that a change recorded as its {@code toString()} ({@code Contact[name=…, phone=…]}), so
 * the feature can show it as a person reads it. The record's components are known, so each value ends where
 * the next component's name begins. Components may be text, dates, whole numbers, yes/no and enum constants.
 */
public final class RecordText {

    private RecordText() {
    }

    /** The record, or empty when the text is not one of its kind. */
    public static <R extends Record> Optional<R> read(String text, Class<R> type) {
        String prefix = type.getSimpleName() + "[";
        if (text == null || !text.startsWith(prefix) || !text.endsWith("]")) {
            return Optional.empty();
        }
        String body = text.substring(prefix.length(), text.length() - 1);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        int at = 0;
        try {
            for (int i = 0; i < components.length; i++) {
                String start = (i == 0 ? "" : ", ") + components[i].getName() + "=";
                if (!body.startsWith(start, at)) {
                    return Optional.empty();
                }
                at += start.length();
                int end = i + 1 < components.length
                        ? body.indexOf(", " + components[i + 1].getName() + "=", at) : body.length();
                if (end < 0) {
                    return Optional.empty();
                }
                values[i] = value(body.substring(at, end), components[i].getType());
                at = end;
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return Optional.of(type.getDeclaredConstructor(types).newInstance(values));
        } catch (ReflectiveOperationException | RuntimeException notThisRecord) {
            return Optional.empty();
        }
    }

    /** The records of a list recorded as {@code [Contact[…], Contact[…]]}, or empty when it is not one. */
    public static <R extends Record> Optional<List<R>> readList(String text, Class<R> type) {
        if (text == null || !text.startsWith("[") || !text.endsWith("]")) {
            return Optional.empty();
        }
        String body = text.substring(1, text.length() - 1);
        if (body.isEmpty()) {
            return Optional.of(List.of());
        }
        List<R> records = new ArrayList<>();
        for (String item : body.split(", (?=" + Pattern.quote(type.getSimpleName() + "[") + ")")) {
            Optional<R> read = read(item, type);
            if (read.isEmpty()) {
                return Optional.empty();
            }
            records.add(read.get());
        }
        return Optional.of(List.copyOf(records));
    }

    /** The component's value ({@code null} as recorded); throws when the text cannot be one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(String text, Class<?> type) {
        if ("null".equals(text) && !type.isPrimitive()) {
            return null;
        }
        if (type == String.class) {
            return text;
        } else if (type == LocalDate.class) {
            return LocalDate.parse(text);
        } else if (type == int.class || type == Integer.class) {
            return Integer.valueOf(text);
        } else if (type == long.class || type == Long.class) {
            return Long.valueOf(text);
        } else if ((type == boolean.class || type == Boolean.class) && ("true".equals(text) || "false".equals(text))) {
            return Boolean.valueOf(text);
        } else if (type.isEnum()) {
            return Enum.valueOf((Class) type, text);
        }
        throw new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + text);
    }
}
