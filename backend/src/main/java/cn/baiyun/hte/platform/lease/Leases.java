package cn.baiyun.hte.platform.lease;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

    static final String RUNS = "hte.scheduled.runs";

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String replica;
    private final MeterRegistry meters;

    @Autowired
    Leases(ReactiveMongoTemplate mongo, Clock clock, MeterRegistry meters) {
        this(mongo, clock, hostName() + "/" + UUID.randomUUID(), meters);
    }

    Leases(ReactiveMongoTemplate mongo, Clock clock, String replica, MeterRegistry meters) {
        this.mongo = mongo;
        this.clock = clock;
        this.replica = replica;
        this.meters = meters;
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
     * Runs {@code work} at most once per {@code period} across all replicas, for scheduled work that every
     * replica's scheduler calls every {@code period}: the first replica to call takes the lease for the period
     * and keeps it after the work, so the others' calls within the period find it held and do nothing. While
     * the work runs the lease lasts {@code longest}, so a slow pass is never run twice at once; one that ends
     * after its period gives the lease up at once. Each pass that ran is counted in {@value #RUNS} (tag
     * {@code job}), so that a dashboard shows the job is alive.
     */
    public <T> Mono<T> runOncePer(String name, Duration period, Duration longest, Function<Lease, Mono<T>> work) {
        return Mono.usingWhen(acquire(name, longest.compareTo(period) > 0 ? longest : period),
                lease -> {
                    Counter.builder(RUNS).description("Passes of scheduled work, on whichever replica held its lease")
                            .tag("job", name).register(meters).increment();
                    return work.apply(lease);
                },
                lease -> keepForItsPeriod(lease, period));
    }

    /** The lease held until its period ends, or given up at once when the period is over. */
    private Mono<Void> keepForItsPeriod(Lease lease, Duration period) {
        Instant periodEnd = lease.acquiredAt().plus(period);
        if (!periodEnd.isAfter(Instant.now(clock))) {
            return release(lease);
        }
        Query mine = Query.query(Criteria.where("_id").is(lease.name()).and("owner").is(lease.owner()));
        return mongo.updateFirst(mine, new Update().set("expiresAt", periodEnd), Lease.class).then();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
