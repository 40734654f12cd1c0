package cn.baiyun.hte.platform.security;

/**
 * A person's name as people expect to read it, from the given and family names Keycloak holds. A Chinese
 * name is family name first, without a space (李明); other names are given name first (Ming Li). Keycloak's
 * own {@code name} claim always puts the given name first with a space (明 李), so it is not used.
 */
final class PersonName {

    private PersonName() {
    }

    /** @return the name, or {@code fallback} when neither part is given */
    static String of(String given, String family, String fallback) {
        String g = given == null ? "" : given.strip();
        String f = family == null ? "" : family.strip();
        if (g.isEmpty() && f.isEmpty()) {
            return fallback;
        }
        if (g.isEmpty() || f.isEmpty()) {
            return g + f;
        }
        return isChinese(g) || isChinese(f) ? f + g : g + " " + f;
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
