package cn.baiyun.hte.filing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * What saving a section changed, for the audit trail: the fields whose values differ (amounts compared
 * by value, so {@code 1.0} and {@code 1.00} are the same figure) and a SHA-256 digest of the section
 * before and after. The digest is taken over the section's canonical form, the extended JSON of the BSON
 * document the database stores for it (fields in the record's order), so it can be recomputed from the
 * stored filing at any time.
 */
final class SectionChange {

    private SectionChange() {
    }

    static List<String> changedFields(FilingSection section, Object before, Object after) {
        Object shape = after != null ? after : before;
        List<String> changed = new ArrayList<>();
        if (shape == null) {
            return changed;
        }
        for (RecordComponent component : shape.getClass().getRecordComponents()) {
            if (!same(value(component, before), value(component, after))) {
                changed.add(section.property() + "." + component.getName());
            }
        }
        return changed;
    }

    static String digest(Object section, MongoConverter converter) {
        if (section == null) {
            return null;
        }
        Object stored = converter.convertToMongoType(section);
        String canonical = stored instanceof Document document ? document.toJson() : String.valueOf(stored);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static boolean same(Object before, Object after) {
        if (before instanceof BigDecimal a && after instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(before, after);
    }

    private static Object value(RecordComponent component, Object section) {
        if (section == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(section);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("A section's record component is readable", e);
        }
    }
}
