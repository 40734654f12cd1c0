package cn.baiyun.hte.platform.web;

/** The version numbers that the API hands out as ETags and reads back from {@code If-Match}. */
public final class ETags {

    static final Long NEVER_ISSUED = -1L;

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} names, or none without the header. A tag we never issued becomes a
     * version no document has, so the write fails as stale, after the caller's access has been checked.
     */
    public static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            return NEVER_ISSUED;
        }
    }
}
