package cn.baiyun.hte.platform.idempotency;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One caller's use of one {@code Idempotency-Key}: while its first request is answered it is held by that
 * request ({@code owner}, until {@code heldUntil}, after which a replica that died with it no longer blocks
 * the key); then it keeps the fingerprint of the request and the answer to replay. Removed a retention
 * period after {@code createdAt} by {@link IdempotencyKeyPurge}: the embedded server has no TTL index.
 *
 * @param answer the answer given, {@code null} while the first request is being answered
 */
@Document("idempotencyKeys")
@CompoundIndex(name = "caller_key", def = "{'caller': 1, 'key': 1}", unique = true)
record IdempotentRequest(@Id String id, String caller, String key, String owner, Instant heldUntil,
                         @Indexed Instant createdAt, String fingerprint, Answer answer) {

    /** What was answered: status, the headers a replay repeats, the body's bytes. */
    record Answer(int status, List<Header> headers, byte[] body) {
    }

    record Header(String name, String value) {
    }

    boolean answered() {
        return answer != null;
    }
}
