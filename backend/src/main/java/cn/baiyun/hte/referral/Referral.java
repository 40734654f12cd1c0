package cn.baiyun.hte.referral;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner department's referral of one firm into the pool.
 *
 * @param department the referring department, taken from the officer's account, never from the request
 * @param referredBy the officer's user id; shown to the bureau, not to the firm
 */
@Document("referrals")
@CompoundIndex(name = "by_department", def = "{'department': 1, '_id': 1}")
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, 'department': 1}", unique = true)
public record Referral(@Id String id, String enterpriseId, String department, String note, String referredBy,
                      Instant referredAt) {
}
