package cn.baiyun.hte.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.ProblemFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Names the field of an error message, so that the summary at the top of a long form says which field
 * each message is about. A field's name is the message under its path without row numbers, first under
 * the form's own prefixes, then {@code label.} (the section pages' input labels, {@code label.financials.totalRevenue})
 * and {@code field.} (the profile's, also the change history's, {@code field.specialized.level}). A field of a
 * row ({@code staff.months[2].totalEnd}) may also be named without its list ({@code label.staff.totalEnd}), as a
 * table's column is, and is preceded by the row's name, {@code <list>.row} with the row's number
 * ({@code label.staff.months.row}: "3 月"). A field without a name keeps the message alone.
 */
final class FieldNames {

    private static final List<String> PORTAL_PREFIXES = List.of("label.", "field.");
    /** The first list in a path: what comes before it, the row's index and the rest. */
    private static final Pattern ROW = Pattern.compile("([^\\[]+)\\[(\\d+)](?:\\.(.+))?");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    private final ProblemFactory messages;
    private final Locale locale;
    private final List<String> prefixes = new ArrayList<>();

    FieldNames(ProblemFactory messages, Locale locale, String... formPrefixes) {
        this.messages = messages;
        this.locale = locale;
        this.prefixes.addAll(List.of(formPrefixes));
        this.prefixes.addAll(PORTAL_PREFIXES);
    }

    /** "收入总额：金额不能为负数", "3 月 职工总数（月末）：请输入整数", or the message alone. */
    String named(String field, String message) {
        String name = name(field);
        if (name == null || message.startsWith(name)) {
            return message;
        }
        return text(new String[] {"form.error.named"}, name, message);
    }

    /** The field's name as the reader sees it, with its row's; none when the messages do not name it. */
    String name(String field) {
        String plain = INDEX.matcher(field).replaceAll("");
        Matcher row = ROW.matcher(field);
        if (!row.matches()) {
            return text(keys(plain));
        }
        String list = INDEX.matcher(row.group(1)).replaceAll("");
        String rowName = text(keys(list + ".row"), Integer.parseInt(row.group(2)) + 1);
        if (row.group(3) == null) {
            return rowName != null ? rowName : text(keys(list));
        }
        String column = INDEX.matcher(row.group(3)).replaceAll("");
        List<String> keys = new ArrayList<>(List.of(keys(plain)));
        int dot = list.lastIndexOf('.');
        keys.addAll(List.of(keys(dot < 0 ? column : list.substring(0, dot + 1) + column)));
        String label = text(keys.toArray(String[]::new));
        if (label == null || rowName == null) {
            return label != null ? label : rowName;
        }
        return text(new String[] {"form.error.row-field"}, rowName, label);
    }

    private String[] keys(String path) {
        return prefixes.stream().map(prefix -> prefix + path).toArray(String[]::new);
    }

    /** The first of the messages that exists, or none. */
    private String text(String[] codes, Object... args) {
        String text = messages.message(new DefaultMessageSourceResolvable(codes, args, ""), locale);
        return text == null || text.isBlank() ? null : text;
    }
}
