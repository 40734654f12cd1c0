package cn.baiyun.hte.platform.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The one way background and scheduled work runs once across replicas: a lease is a document per piece
 * of work, taken with a conditional upsert that matches only an expired lease. While another owner holds
 * an unexpired lease the upsert tries to insert a second document with the same {@code _id} and the
 * database refuses it, so exactly one acquisition wins without any in-memory lock. Work that outlives its
 * lease must {@link #renew} it; a replica that dies simply lets it expire.
 */
@Service
public class Leases {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String replica;

    @Autowired
    Leases(ReactiveMongoTemplate mongo, Clock clock) {
        this(mongo, clock, hostName() + "/" + UUID.randomUUID());
    }

    Leases(ReactiveMongoTemplate mongo, Clock clock, String replica) {
        this.mongo = mongo;
        this.clock = clock;
        this.replica = replica;
    }

    /** The lease on {@code name} for {@code ttl}, or nothing when another owner holds it. */
    public Mono<Lease> acquire(String name, Duration ttl) {
        Instant now = Instant.now(clock);
        Query expired = Query.query(Criteria.where("_id").is(name).and("expiresAt").lt(now));
        Update take = new Update().set("owner", replica + "/" + UUID.randomUUID())
                .set("acquiredAt", now).set("expiresAt", now.plus(ttl));
        return mongo.findAndModify(expired, take, FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class)
                .onErrorResume(DuplicateKeyException.class, held -> Mono.empty());
    }

    /** The lease extended to {@code ttl} from now, or nothing when it expired and someone else took it. */
    public Mono<Lease> renew(Lease lease, Duration ttl) {
        Query mine = Query.query(Criteria.where("_id").is(lease.name()).and("owner").is(lease.owner()));
        return mongo.findAndModify(mine, new Update().set("expiresAt", Instant.now(clock).plus(ttl)),
                FindAndModifyOptions.options().returnNew(true), Lease.class);
    }

    /** Gives the lease up at once, so the next owner need not wait for it to expire. */
    public Mono<Void> release(Lease lease) {
        return mongo.remove(Query.query(Criteria.where("_id").is(lease.name()).and("owner").is(lease.owner())),
                Lease.class).then();
    }

    /**
     * Runs {@code work} only if the lease on {@code name} can be taken, and gives the lease up when the work
     * ends, however it ends. Nothing runs (empty) while another owner holds the lease.
     */
    public <T> Mono<T> runExclusively(String name, Duration ttl, Function<Lease, Mono<T>> work) {
        return Mono.usingWhen(acquire(name, ttl), work, this::release);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
