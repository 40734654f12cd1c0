package cn.baiyun.hte.platform.i18n;

/**
 * A feature's own message bundle, e.g. {@code filing/messages} for {@code filing/messages_zh_CN.properties}
 * and {@code filing/messages_en.properties}. Declared as a bean by the feature, so that features add
 * their texts without touching each other's files.
 */
public record MessageBundle(String basename) {
}
