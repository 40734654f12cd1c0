package cn.baiyun.hte.platform.lease;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The right to do one named piece of work until {@code expiresAt}, held by one owner: a token unique to
 * one acquisition on one replica, so that two acquisitions never share a lease even on the same replica.
 */
@Document("leases")
public record Lease(@Id String name, String owner, Instant acquiredAt, Instant expiresAt) {
}
