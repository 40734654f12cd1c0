package cn.baiyun.hte.enterprise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue 《国家重点支持的高新技术领域》: 8 level-1 fields, 52 level-2 fields and their level-3 items,
 * loaded once from a TSV ({@code code<TAB>zh<TAB>en}; blank lines and lines starting with {@code #} are ignored;
 * parents must precede their children). Immutable and thread-safe once constructed.
 */
public final class TechnicalFieldCatalogue {

    /** Classpath location of the bundled catalogue. */
    public static final String RESOURCE = "enterprise/technical-fields.tsv";

    private static final Pattern CODE = Pattern.compile("[1-9]\\d*(\\.[1-9]\\d*){0,2}");

    private final Map<String, TechnicalField> byCode;
    private final Map<String, List<TechnicalField>> childrenByCode;
    private final List<TechnicalField> firstLevel;

    /** Reads the catalogue from a UTF-8 stream (the stream is not closed). */
    public TechnicalFieldCatalogue(InputStream in) {
        this(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads the catalogue (the reader is not closed).
     *
     * @throws IllegalArgumentException on a malformed line, a duplicate code or a missing parent
     * @throws UncheckedIOException     if reading fails
     */
    public TechnicalFieldCatalogue(Reader reader) {
        Map<String, TechnicalField> fields = new LinkedHashMap<>();
        Map<String, List<TechnicalField>> children = new LinkedHashMap<>();
        List<TechnicalField> roots = new ArrayList<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            String line;
            int lineNo = 0;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                TechnicalField field = parseLine(line, lineNo);
                if (fields.containsKey(field.code())) {
                    throw new IllegalArgumentException("line " + lineNo + ": duplicate code " + field.code());
                }
                if (field.parentCode() == null) {
                    roots.add(field);
                } else if (!fields.containsKey(field.parentCode())) {
                    throw new IllegalArgumentException(
                            "line " + lineNo + ": parent " + field.parentCode() + " of " + field.code() + " not defined before it");
                } else {
                    children.get(field.parentCode()).add(field);
                }
                fields.put(field.code(), field);
                children.put(field.code(), new ArrayList<>());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read technical field catalogue", e);
        }
        this.byCode = Collections.unmodifiableMap(fields);
        Map<String, List<TechnicalField>> frozen = new LinkedHashMap<>();
        children.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        this.childrenByCode = Collections.unmodifiableMap(frozen);
        this.firstLevel = List.copyOf(roots);
    }

    /** Loads the bundled catalogue from {@value #RESOURCE}. */
    public static TechnicalFieldCatalogue fromClasspath() {
        try (InputStream in = TechnicalFieldCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource not found: " + RESOURCE);
            }
            return new TechnicalFieldCatalogue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The field with this code (surrounding whitespace ignored), if it exists. */
    public Optional<TechnicalField> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    /** The 8 level-1 fields in catalogue order. */
    public List<TechnicalField> firstLevel() {
        return firstLevel;
    }

    /** Direct children in catalogue order; empty for level-3 items, childless level-2 fields and unknown codes. */
    public List<TechnicalField> children(String code) {
        return code == null ? List.of() : childrenByCode.getOrDefault(code.strip(), List.of());
    }

    /** All fields in catalogue order (depth-first: 1, 1.1, 1.1.1, ...). */
    public List<TechnicalField> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * Whether the code may be recorded as an enterprise's technical field: an existing level-2 field or level-3 item.
     * Level-1 codes are not enough (the profile requires at least level 2).
     */
    public boolean isAssignable(String code) {
        return find(code).map(TechnicalField::isAssignable).orElse(false);
    }

    /** Title in the given locale (Chinese for Chinese locales, English otherwise), if the code exists. */
    public Optional<String> title(String code, Locale locale) {
        return find(code).map(field -> field.title(locale));
    }

    /**
     * The field as pages show it, its code with its title ("8.4.2 机器人"); a code not in the catalogue as it
     * is, {@code null} for none.
     */
    public String label(String code, Locale locale) {
        return code == null ? null : title(code, locale).map(title -> code.strip() + " " + title).orElse(code);
    }

    static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static TechnicalField parseLine(String line, int lineNo) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
            throw new IllegalArgumentException("line " + lineNo + ": expected 3 tab-separated columns, got " + columns.length);
        }
        String code = columns[0].strip();
        String zh = columns[1].strip();
        String en = columns[2].strip();
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("line " + lineNo + ": malformed code '" + code + "'");
        }
        if (zh.isEmpty() || en.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNo + ": blank title for " + code);
        }
        int lastDot = code.lastIndexOf('.');
        int level = (int) code.chars().filter(c -> c == '.').count() + 1;
        return new TechnicalField(code, level, lastDot < 0 ? null : code.substring(0, lastDot), zh, en);
    }
}
