package cn.baiyun.hte.filing;

import java.time.Instant;

/** An accepted revision kept readable after the firm amended the filing. */
public record FilingRevision(int revision, FilingContent content, Instant acceptedAt) {
}
