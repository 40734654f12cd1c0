package cn.baiyun.hte.pool.board;

/**
 * Something a firm must still provide before it can be assessed.
 *
 * @param item {@code filing} (argument: the fiscal year), {@code registrationDate}, {@code technicalField}, or
 *             {@code invalid} (argument: the snapshot field the rules engine cannot use)
 */
public record MissingData(String item, String argument) {
}
