package cn.baiyun.hte.enterprise;

import java.time.Instant;

/**
 * The document a claim carries, kept with the claim: the stored file's id in the {@code claimDocuments}
 * bucket and what its content turned out to be. Only the claimant and reviewers may read the file.
 */
public record ClaimDocument(String fileId, ClaimDocumentKind kind, String originalName, String contentType, long size,
                            String sha256, Instant uploadedAt) {
}
