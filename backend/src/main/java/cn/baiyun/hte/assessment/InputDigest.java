package cn.baiyun.hte.assessment;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of a canonical text form of an engine input (a {@link FirmSnapshot} or {@link TechSmeSnapshot}), stored
 * with each assessment so that it can be shown to come from exactly these figures. Canonical: record components
 * in declaration order, map entries by key, amounts without trailing zeros (1.50 and 1.5 are the same figure),
 * strings quoted and escaped, enums by name.
 */
public final class InputDigest {

    /** Looking up a record's components is far slower than reading them: once per class. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent component : components) {
                component.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private InputDigest() {
    }

    /** Lower-case hex of the SHA-256 of {@link #canonical(Record)}. */
    public static String of(Record input) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical(input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    static String canonical(Record input) {
        StringBuilder text = new StringBuilder(1024);
        write(text, input);
        return text.toString();
    }

    private static void write(StringBuilder text, Object value) {
        if (value instanceof Record record) {
            text.append('{');
            RecordComponent[] components = COMPONENTS.get(record.getClass());
            for (int i = 0; i < components.length; i++) {
                text.append(i == 0 ? "" : ",").append(components[i].getName()).append('=');
                write(text, componentValue(record, components[i]));
            }
            text.append('}');
        } else if (value instanceof Map<?, ?> map) {
            text.append('<');
            Map<String, Object> byKey = new TreeMap<>();
            map.forEach((key, entry) -> byKey.put(String.valueOf(key), entry));
            byKey.forEach((key, entry) -> {
                text.append(key).append(':');
                write(text, entry);
                text.append(';');
            });
            text.append('>');
        } else if (value instanceof List<?> list) {
            text.append('[');
            list.forEach(element -> {
                write(text, element);
                text.append(';');
            });
            text.append(']');
        } else if (value instanceof BigDecimal amount) {
            text.append(Amounts.plain(amount));
        } else if (value instanceof String string) {
            text.append('"').append(string.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else {
            text.append(value);
        }
    }

    private static Object componentValue(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
