package cn.baiyun.hte.filing.evidence;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

/**
 * What the portal keeps about an evidence document, in the {@code metadata} of its GridFS file. The
 * original name is display text only; storage goes by the server-made storage name. Type, size and
 * digest are known only once the whole file has streamed through, so they are recorded then.
 */
record DocumentMetadata(String enterpriseId, DocumentKind kind, Integer fiscalYear, String ipAssetId,
                        String originalName, String storageName, String contentType, Long size, String sha256,
                        String uploaderId, Instant uploadedAt) {

    static final String ENTERPRISE_ID = "metadata.enterpriseId";
    static final String KIND = "metadata.kind";
    static final String FISCAL_YEAR = "metadata.fiscalYear";
    static final String IP_ASSET_ID = "metadata.ipAssetId";
    static final String ORIGINAL_NAME = "metadata.originalName";
    static final String STORAGE_NAME = "metadata.storageName";
    static final String CONTENT_TYPE = "metadata.contentType";
    static final String SIZE = "metadata.size";
    static final String SHA256 = "metadata.sha256";

    /** The metadata as first written, before the content has been seen. */
    static Document pending(String enterpriseId, DocumentKind kind, DocumentLink link, String originalName,
                            String storageName, String uploaderId, Instant uploadedAt) {
        Document metadata = new Document("enterpriseId", enterpriseId).append("kind", kind.name());
        if (link.fiscalYear() != null) {
            metadata.append("fiscalYear", link.fiscalYear());
        } else {
            metadata.append("ipAssetId", link.ipAssetId());
        }
        return metadata.append("originalName", originalName).append("storageName", storageName)
                .append("uploaderId", uploaderId).append("uploadedAt", Date.from(uploadedAt));
    }

    DocumentLink link() {
        return new DocumentLink(fiscalYear, ipAssetId);
    }
}
