package cn.baiyun.hte.filing.evidence;

import java.time.Instant;

/**
 * A document linked to a filing, as other pages show it: its name and kind in words, never its id, and
 * where to download it.
 *
 * @param kindMessage the message key of its kind ({@code document.kind.*} of this package's bundle)
 */
public record FilingDocument(String name, String kindMessage, Instant uploadedAt, String downloadPath) {

    static FilingDocument of(EvidenceDocument document) {
        DocumentMetadata m = document.metadata();
        return new FilingDocument(m.originalName(), "document.kind." + m.kind().name(), m.uploadedAt(),
                "/firms/" + m.enterpriseId() + "/documents/" + document.id() + "/content");
    }
}
