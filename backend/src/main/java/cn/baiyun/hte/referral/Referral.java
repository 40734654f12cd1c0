package cn.baiyun.hte.referral;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner department's referral of one firm into the pool. A department refers a firm once: the unique
 * index on firm and department makes a second referral a conflict, whoever sends it and however.
 *
 * @param uscc       the firm's code, fixed for the firm's life: lists find the firm's name and verification by it
 * @param department the referring department, taken from the officer's account, never from the request
 * @param referredBy the officer's (or integration client's) user id; kept for the bureau, shown to nobody else
 */
@Document("referrals")
@WithOutbox
@CompoundIndex(name = "by_department", def = "{'department': 1, '_id': 1}")
@CompoundIndex(name = "by_firm", def = "{'enterpriseId': 1, 'department': 1}", unique = true)
public record Referral(@Id String id, String enterpriseId, String uscc, String department, String note,
                       String referredBy, Instant referredAt) {
}
