package cn.baiyun.hte.platform.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.lease.Leases;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Removes the chunks of uploads that never finished. GridFS writes a file's chunks first and its files
 * document last, so a process killed mid-upload (or a clean-up that did not get to run) leaves chunks that
 * no files document names: invisible, since every feature finds its files through their documents, but
 * taking space. A chunk's id is an ObjectId made when it was written, so its age is known without another
 * field; chunks are removed once every chunk of their file is older than {@code hte.uploads.orphan-age}
 * (an hour: far longer than the largest upload takes) and no files document names it. Works on every
 * {@code *.chunks} collection beside a {@code *.files} one, whatever feature owns the bucket. First, under the
 * same rule of age, it removes the files their features declare abandoned ({@link AbandonedFiles}: stored but
 * never completed, or never named by what they were stored for), files document first, then chunks. Runs on
 * every replica's schedule, but only the holder of the {@code orphan-chunk-sweep} lease works.
 */
@Component
class OrphanChunkSweeper {

    private static final Logger log = LoggerFactory.getLogger(OrphanChunkSweeper.class);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final String CHUNKS = ".chunks";
    private static final String FILES = ".files";

    private final ReactiveMongoTemplate mongo;
    private final Leases leases;
    private final Clock clock;
    private final Duration orphanAge;
    private final Duration interval;
    private final List<AbandonedFiles> abandoned;

    OrphanChunkSweeper(ReactiveMongoTemplate mongo, Leases leases, Clock clock,
                       @Value("${hte.uploads.orphan-age:PT1H}") Duration orphanAge, List<AbandonedFiles> abandoned,
                       @Value("${hte.uploads.orphan-sweep-interval:PT15M}") Duration interval) {
        this.interval = interval;
        this.mongo = mongo;
        this.abandoned = abandoned;
        this.leases = leases;
        this.clock = clock;
        this.orphanAge = orphanAge;
    }

    @Scheduled(fixedDelayString = "${hte.uploads.orphan-sweep-interval:PT15M}",
            initialDelayString = "${hte.uploads.orphan-sweep-interval:PT15M}")
    void sweepOnSchedule() {
        leases.runOncePer("orphan-chunk-sweep", interval, LEASE, lease -> sweep(Instant.now(clock).minus(orphanAge)))
                .subscribe(files -> {
                    if (files > 0) {
                        log.info("Removed {} uploads that never finished or were never used", files);
                    }
                }, error -> log.warn("Orphan chunk sweep failed; the next one retries", error));
    }

    /**
     * Removes the abandoned files stored before {@code cutoff}, then the chunks of every file with no files
     * document whose chunks were all written before it; the answer is how many files went.
     */
    Mono<Long> sweep(Instant cutoff) {
        ObjectId before = idAt(cutoff);
        return Flux.fromIterable(abandoned)
                .concatMap(files -> abandonedIn(files, before))
                .count()
                .flatMap(files -> orphanChunks(before).map(chunks -> files + chunks));
    }

    private Flux<ObjectId> abandonedIn(AbandonedFiles files, ObjectId before) {
        String collection = files.bucket() + FILES;
        Criteria old = new Criteria().andOperator(files.candidates(), where("_id").lt(before));
        return mongo.find(query(old), Document.class, collection)
                .map(file -> file.getObjectId("_id"))
                .filterWhen(id -> files.wanted(id).map(wanted -> !wanted))
                .concatMap(id -> mongo.remove(query(where("_id").is(id)), collection)
                        .then(mongo.remove(query(where("files_id").is(id)), files.bucket() + CHUNKS))
                        .thenReturn(id));
    }

    private Mono<Long> orphanChunks(ObjectId before) {
        return mongo.getCollectionNames()
                .filter(name -> name.endsWith(CHUNKS))
                .concatMap(chunks -> orphansIn(chunks, before)
                        .concatMap(fileId -> mongo.remove(query(where("files_id").is(fileId)), chunks).thenReturn(fileId)))
                .count();
    }

    private Flux<Object> orphansIn(String chunks, ObjectId before) {
        String files = chunks.substring(0, chunks.length() - CHUNKS.length()) + FILES;
        return mongo.findDistinct(query(where("_id").lt(before)), "files_id", chunks, Object.class)
                .filterWhen(fileId -> mongo.exists(query(where("_id").is(fileId)), files).map(named -> !named))
                // A file still receiving chunks is an upload under way, however long it has been going.
                .filterWhen(fileId -> mongo.exists(query(where("files_id").is(fileId).and("_id").gte(before)), chunks)
                        .map(recent -> !recent));
    }

    /** The smallest ObjectId made at {@code instant}: ids below it were made before. */
    static ObjectId idAt(Instant instant) {
        return new ObjectId(String.format("%08x%016x", instant.getEpochSecond(), 0));
    }
}
