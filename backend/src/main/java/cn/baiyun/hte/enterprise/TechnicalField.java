package cn.baiyun.hte.enterprise;

import java.util.Locale;
import java.util.Objects;

/**
 * One entry of 《国家重点支持的高新技术领域》 (national key high-tech fields supported by the State).
 *
 * @param code       positional code: {@code 1} (level 1), {@code 1.1} (level 2), {@code 1.1.3} (level 3)
 * @param level      1, 2 or 3
 * @param parentCode code of the parent field, {@code null} for level 1
 * @param titleZh    official Chinese title
 * @param titleEn    English title
 */
public record TechnicalField(String code, int level, String parentCode, String titleZh, String titleEn) {

    public TechnicalField {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1..3: " + level);
        }
        if ((level == 1) != (parentCode == null)) {
            throw new IllegalArgumentException("exactly the level-1 fields have no parent: " + code);
        }
    }

    /** Chinese title for Chinese locales ({@code zh}, {@code zh_CN}, {@code zh_TW}, ...), English otherwise. */
    public String title(Locale locale) {
        return TechnicalFieldCatalogue.isChinese(locale) ? titleZh : titleEn;
    }

    /** Whether this field may be recorded as an enterprise's technical field (level 2 or 3). */
    public boolean isAssignable() {
        return level >= 2;
    }
}
