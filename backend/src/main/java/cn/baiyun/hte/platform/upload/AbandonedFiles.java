package cn.baiyun.hte.platform.upload;

import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import reactor.core.publisher.Mono;

/**
 * How the feature owning a bucket tells a file left behind by a crash between storing it and using it (an
 * evidence file never completed, a claim's file whose claim was never saved): such a file is invisible, but
 * takes space. A feature declares one as a bean; {@link OrphanChunkSweeper} removes, under its lease, every
 * file of the bucket that is older than {@code hte.uploads.orphan-age}, matches {@link #candidates()} and is
 * not {@link #wanted(ObjectId)}.
 */
public interface AbandonedFiles {

    /** The bucket's name: its files documents are {@code <bucket>.files}. */
    String bucket();

    /** Which files documents could be abandoned, to narrow the scan; all of the bucket's by default. */
    default Criteria candidates() {
        return Criteria.where("_id").exists(true);
    }

    /** Whether a candidate is still in use after all; none is by default. */
    default Mono<Boolean> wanted(ObjectId fileId) {
        return Mono.just(false);
    }
}
