package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.upload.AbandonedFiles;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Evidence files stored but never completed (no digest recorded: the process died between storing the content
 * and {@link DocumentStore#complete}): invisible to every list and read, and swept once old.
 */
@Component
class UnfinishedDocuments implements AbandonedFiles {

    @Override
    public String bucket() {
        return EvidenceDocument.BUCKET;
    }

    @Override
    public Criteria candidates() {
        return where(DocumentMetadata.SHA256).exists(false);
    }
}
