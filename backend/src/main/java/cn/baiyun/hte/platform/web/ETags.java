package cn.baiyun.hte.platform.web;

import cn.baiyun.hte.platform.error.PortalException;

/** The version numbers that the API hands out as ETags and reads back from {@code If-Match}. */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names, or none without the header; a tag we never issued is stale. */
    public static Long version(String ifMatch) {
        if (ifMatch == null) {
            return null;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException e) {
            throw PortalException.staleVersion();
        }
    }

    /** Like {@link #version(String)}, for writes that must never overwrite blindly. */
    public static Long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PortalException.preconditionRequired();
        }
        return version(ifMatch);
    }
}
