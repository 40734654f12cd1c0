package cn.baiyun.hte.filing.evidence;

import java.time.Instant;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The GridFS file document of the {@code documents} bucket, read as a typed record. GridFS writes it;
 * the portal only reads it and records what it learnt from the content (with the upload's event, until
 * delivered). Declared as a mapped document so that the indexes of every query path are created at
 * start-up with all the others.
 */
@Document(EvidenceDocument.COLLECTION)
@WithOutbox
@CompoundIndex(name = "firm_order", def = "{'metadata.enterpriseId': 1, '_id': 1}")
@CompoundIndex(name = "firm_filing", def = "{'metadata.enterpriseId': 1, 'metadata.fiscalYear': 1, '_id': 1}")
@CompoundIndex(name = "firm_ip_asset", def = "{'metadata.enterpriseId': 1, 'metadata.ipAssetId': 1, '_id': 1}")
@CompoundIndex(name = "firm_kind", def = "{'metadata.enterpriseId': 1, 'metadata.kind': 1, '_id': 1}")
record EvidenceDocument(@Id String id, String filename, long length, Instant uploadDate, DocumentMetadata metadata) {

    static final String BUCKET = "documents";
    static final String COLLECTION = BUCKET + ".files";
    static final String CHUNKS = BUCKET + ".chunks";
}
