package cn.baiyun.hte.dashboard;

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
 * The programme's targets per year: read by everyone who reads the dashboard, set by reviewers. Setting writes
 * the year's document with its {@link TargetsChanged} event in one single-document write (the audit trail
 * listens), guarded by the version the editor started from.
 */
@Service
class TargetService {

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    TargetService(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The targets that apply to {@code year}: its own, else the latest earlier year's, else the plan's seed for the
     * plan's year and after; empty before the plan. Served by the unique index on the year.
     */
    Mono<Targets> effective(int year) {
        Query latest = Query.query(Criteria.where("year").lte(year)).with(Sort.by(Sort.Direction.DESC, "year"));
        return mongo.findOne(latest, YearTargets.class)
                .map(stored -> new Targets(year, stored.values(), stored.year(), false,
                        stored.year() == year ? stored.version() : null))
                .switchIfEmpty(Mono.fromSupplier(() -> year >= PlanTargets.YEAR
                        ? new Targets(year, PlanTargets.VALUES, PlanTargets.YEAR, true, null) : null));
    }

    /** Every year the bureau set, newest first. */
    Flux<YearTargets> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "year")), YearTargets.class);
    }

    /**
     * Sets {@code year}'s targets; reviewers only (people, never a client). {@code ifMatch} names the version the
     * editor read (none when the year had no targets of its own yet); a newer one fails with 412.
     */
    Mono<YearTargets> set(PortalUser reviewer, int year, TargetRequest request, IfMatch ifMatch) {
        if (!reviewer.isReviewer() || reviewer.client()) {
            return Mono.error(PortalException.forbidden());
        }
        List<FieldProblem> problems = TargetValidator.validate(year, request);
        if (!problems.isEmpty()) {
            return Mono.error(PortalException.invalid(problems));
        }
        TargetValues values = request.values();
        Instant now = Instant.now(clock);
        return effective(year).map(Targets::values).defaultIfEmpty(new TargetValues(0, 0, BigDecimal.ZERO))
                .zipWith(mongo.findOne(Query.query(Criteria.where("year").is(year)), YearTargets.class)
                        .map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(found -> {
                    TargetValues before = found.getT1();
                    return found.getT2()
                            .map(stored -> ifMatch.check(stored.version()).then(outbox.save(stored.with(values, now),
                                    saved -> changed(reviewer, saved, before))))
                            .orElseGet(() -> outbox.insert(new YearTargets(null, year, values.hteFirms(),
                                            values.aboveSizeHteFirms(), values.specialisedShare(), now, null),
                                    inserted -> changed(reviewer, inserted, before)));
                })
                .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion())
                // Two first settings of one year race on the unique year: the loser must read and retry.
                .onErrorMap(DuplicateKeyException.class, e -> PortalException.staleVersion());
    }

    private TargetsChanged changed(PortalUser reviewer, YearTargets saved, TargetValues before) {
        List<FieldChange> changes = new ArrayList<>();
        change(changes, "hteFirms", before.hteFirms(), saved.hteFirms());
        change(changes, "aboveSizeHteFirms", before.aboveSizeHteFirms(), saved.aboveSizeHteFirms());
        change(changes, "specialisedShare", before.specialisedShare().stripTrailingZeros().toPlainString(),
                saved.specialisedShare().stripTrailingZeros().toPlainString());
        return new TargetsChanged(EventHeader.of(TargetsChanged.TYPE, reviewer, "targets", saved.id(), null, clock),
                saved.year(), changes);
    }

    private static void change(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(String.valueOf(before), String.valueOf(after))) {
            changes.add(new FieldChange(field, String.valueOf(before), String.valueOf(after)));
        }
    }
}
