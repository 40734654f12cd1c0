package cn.baiyun.hte.pool;

/**
 * Something a firm must still provide before it can be assessed.
 *
 * @param item     {@code filing} (argument: the fiscal year), {@code registrationDate} or {@code technicalField}
 */
public record MissingData(String item, String argument) {
}
