package cn.baiyun.hte.filing.evidence;

import java.time.Instant;

/** An evidence document as the API shows it; {@code contentUrl} downloads the file. */
record DocumentResource(String id, String enterpriseId, DocumentKind kind, Integer fiscalYear, String ipAssetId,
                        String originalName, String contentType, long size, String sha256, String uploaderId,
                        Instant uploadedAt, String contentUrl) {

    static DocumentResource of(EvidenceDocument document) {
        DocumentMetadata m = document.metadata();
        return new DocumentResource(document.id(), m.enterpriseId(), m.kind(), m.fiscalYear(), m.ipAssetId(),
                m.originalName(), m.contentType(), m.size(), m.sha256(), m.uploaderId(), m.uploadedAt(),
                EvidenceApi.path(m.enterpriseId(), document.id()) + "/content");
    }
}
