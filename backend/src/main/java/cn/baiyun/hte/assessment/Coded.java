package cn.baiyun.hte.assessment;

import java.util.Locale;

/**
 * A value the rules spell in lower case (e.g. {@code le_50m}, {@code full}): the constant's name in lower case.
 * JSON layers write and read {@link #code()} instead of the name; the engine itself stays free of any JSON library.
 */
public interface Coded {

    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }
}
