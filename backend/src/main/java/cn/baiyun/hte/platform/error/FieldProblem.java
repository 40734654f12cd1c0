package cn.baiyun.hte.platform.error;

/**
 * What is wrong with one input field, as a message key and its arguments so that API and pages can
 * say it in the reader's language.
 */
public record FieldProblem(String field, String messageKey, Object... args) {
}
