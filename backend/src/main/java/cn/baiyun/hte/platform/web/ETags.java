package cn.baiyun.hte.platform.web;

/** The version numbers that the API hands out as ETags; {@link IfMatch} reads them back. */
public final class ETags {

    private ETags() {
    }

    public static String of(Long version) {
        return "\"" + version + "\"";
    }
}
