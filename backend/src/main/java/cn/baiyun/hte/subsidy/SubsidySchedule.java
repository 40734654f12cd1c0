package cn.baiyun.hte.subsidy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The subsidy schedule's rows: read by the programme's people, added and changed by reviewers, each change
 * audited. A year has at most one row per event; a second is refused at the event's field.
 */
@Service
public class SubsidySchedule {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    SubsidySchedule(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The year's rows, in the events' order. */
    public Flux<SubsidyRate> of(PortalUser user, int year) {
        return SubsidyAccess.requireReader(user).thenMany(Flux.defer(() -> ofYear(year)));
    }

    /** Every row, latest year first; for the schedule's page. */
    Flux<SubsidyRate> all(PortalUser user) {
        return SubsidyAccess.requireReader(user).thenMany(Flux.defer(() -> mongo.find(
                new Query().with(Sort.by(Sort.Order.desc("year"), Sort.Order.asc("event"))), SubsidyRate.class)));
    }

    Mono<SubsidyRate> find(PortalUser user, String rateId) {
        return SubsidyAccess.requireReader(user).then(stored(rateId));
    }

    public Mono<SubsidyRate> add(PortalUser reviewer, RateDetails details) {
        return SubsidyAccess.requireEditor(reviewer).then(Mono.defer(() -> {
            RateDetails clean = RateRules.normalized(details);
            return valid(RateRules.problems(clean)).then(Mono.defer(() -> outbox.insert(
                            SubsidyRate.added(clean, Instant.now(clock)),
                            added -> new RateChanged(header(RateChanged.ADDED, reviewer, added.id()),
                                    changes(null, clean))))
                    .onErrorMap(DuplicateKeyException.class, e -> taken()));
        }));
    }

    Mono<SubsidyRate> update(PortalUser reviewer, String rateId, RateDetails details, IfMatch ifMatch) {
        return SubsidyAccess.requireEditor(reviewer).then(stored(rateId)).flatMap(current -> {
            RateDetails clean = RateRules.normalized(details);
            return valid(RateRules.problems(clean))
                    .then(ifMatch.check(current.version()))
                    .then(Mono.defer(() -> outbox.save(current.with(clean, Instant.now(clock)),
                            saved -> new RateChanged(header(RateChanged.UPDATED, reviewer, rateId),
                                    changes(current.details(), clean)))))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion())
                    .onErrorMap(DuplicateKeyException.class, e -> taken());
        });
    }

    /** The year's rows; internal, for the outlook, which has checked its reader. */
    Flux<SubsidyRate> ofYear(int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year)).with(Sort.by("event")), SubsidyRate.class);
    }

    private Mono<SubsidyRate> stored(String rateId) {
        Mono<SubsidyRate> found = rateId != null && ObjectId.isValid(rateId)
                ? mongo.findOne(Query.query(Criteria.where("_id").is(new ObjectId(rateId))), SubsidyRate.class)
                : Mono.empty();
        return found.switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    private static PortalException taken() {
        return PortalException.invalid(new FieldProblem("event", "subsidy.rate.exists"));
    }

    private EventHeader header(String type, PortalUser actor, String rateId) {
        return EventHeader.of(type, actor, "subsidy-rate", rateId, null, clock);
    }

    private static List<FieldChange> changes(RateDetails before, RateDetails after) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "subsidyYear", before == null ? null : String.valueOf(before.year()), String.valueOf(after.year()));
        change(changes, "subsidyEvent", before == null ? null : String.valueOf(before.event()),
                String.valueOf(after.event()));
        change(changes, "subsidyAmount", before == null ? null : plain(before.amount()), plain(after.amount()));
        change(changes, "subsidyCap", before == null ? null : plain(before.cap()), plain(after.cap()));
        change(changes, "sourceDocument", before == null ? null : before.sourceDocument(), after.sourceDocument());
        return changes;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static void change(List<FieldChange> changes, String field, String before, String after) {
        if (!Objects.equals(before, after) && !(before == null && after == null)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(PortalException.invalid(problems));
    }
}
