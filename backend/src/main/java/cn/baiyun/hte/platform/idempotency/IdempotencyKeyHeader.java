package cn.baiyun.hte.platform.idempotency;

import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;

/**
 * The {@code Idempotency-Key} request header: one value of 1 to 255 visible ASCII characters (a UUID is
 * the usual choice), bare or as a quoted string (the IETF draft's structured field form, whose quotes are
 * not part of the key).
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";
    static final int MAX_LENGTH = 255;
    static final String INVALID = "idempotency.key.invalid";

    private IdempotencyKeyHeader() {
    }

    /** The key the header carries; a header sent twice or not a key is a validation problem on the header. */
    static String keyOf(List<String> values) {
        if (values.size() != 1) {
            throw invalid();
        }
        String key = values.get(0).strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(IdempotencyKeyHeader::allowed)) {
            throw invalid();
        }
        return key;
    }

    private static boolean allowed(int c) {
        return c >= 0x21 && c <= 0x7e && c != '"' && c != '\\';
    }

    private static PortalException invalid() {
        return PortalException.invalid(new FieldProblem(NAME, INVALID, MAX_LENGTH));
    }
}
