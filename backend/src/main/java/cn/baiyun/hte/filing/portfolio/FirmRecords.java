package cn.baiyun.hte.filing.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.filing.portfolio.PortfolioRecordChanged.Change;
import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.mongo.CursorPaging;
import cn.baiyun.hte.platform.mongo.RecordReader;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One kind of portfolio record of a firm, read and written only through {@link FirmAccess}. Every query
 * names the firm, so the id of another firm's record answers exactly like an unknown id. A write names
 * the version it was based on: a newer stored version means someone else saved meanwhile, and nothing
 * is written.
 */
class FirmRecords<T extends FirmOwned<D, T>, D> {

    static final PageSize PAGE_SIZE = new PageSize(50, 200);

    /** Makes a new record of firm {@code enterpriseId}. */
    interface Creator<T, D> {
        T create(String enterpriseId, D details, Instant now);
    }

    private final Class<T> type;
    private final String name;
    private final Creator<T, D> creator;
    private final DetailsRules<D> rules;
    private final ReactiveMongoTemplate mongo;
    private final FirmAccess access;
    private final Outbox outbox;
    private final Clock clock;
    private final boolean keptByFirmSoftware;

    /**
     * @param name               the kind in events and messages, e.g. {@code ip-asset}
     * @param keptByFirmSoftware whether the firm's own software (a client bound to it) may write these records too
     */
    FirmRecords(Class<T> type, String name, Creator<T, D> creator, DetailsRules<D> rules, ReactiveMongoTemplate mongo,
                FirmAccess access, Outbox outbox, Clock clock, boolean keptByFirmSoftware) {
        this.type = type;
        this.name = name;
        this.creator = creator;
        this.rules = rules;
        this.mongo = mongo;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
        this.keptByFirmSoftware = keptByFirmSoftware;
    }

    /** All of the firm's records, oldest first. */
    Flux<T> all(PortalUser user, String enterpriseId) {
        return access.requireRead(user, enterpriseId)
                .thenMany(Flux.defer(() -> mongo.find(ofFirm(enterpriseId).with(Sort.by("_id")), type)));
    }

    /**
     * Every firm's records in the order of the firms' ids, each with its firm and the given fields only;
     * for reviewers' work over all firms.
     */
    Flux<T> inFirmOrder(PortalUser reviewer, String... fields) {
        if (!reviewer.isReviewer()) {
            return Flux.error(PortalException.forbidden());
        }
        Query query = new Query().with(Sort.by("enterpriseId", "_id"));
        query.fields().include("enterpriseId").include(fields);
        return RecordReader.find(mongo, query, type);
    }

    Mono<PageOf<T>> page(PortalUser user, String enterpriseId, Integer limit, String cursor) {
        return access.requireRead(user, enterpriseId)
                .then(PageRequest.checked(limit, cursor, PAGE_SIZE))
                .flatMap(page -> CursorPaging.page(mongo, Criteria.where("enterpriseId").is(enterpriseId), type, page,
                        FirmOwned::id));
    }

    Mono<T> find(PortalUser user, String enterpriseId, String id) {
        return access.requireRead(user, enterpriseId).then(stored(enterpriseId, id));
    }

    /** Whether the firm has this record; for callers that have checked the caller's access themselves. */
    Mono<Boolean> exists(String enterpriseId, String id) {
        return ObjectId.isValid(id) ? mongo.exists(one(enterpriseId, id), type) : Mono.just(false);
    }

    Mono<T> create(PortalUser user, String enterpriseId, D details) {
        return requireWrite(user, enterpriseId).then(Mono.defer(() -> {
            D clean = rules.normalized(details);
            return valid(enterpriseId, clean)
                    .then(Mono.defer(() -> outbox.insert(creator.create(enterpriseId, clean, Instant.now(clock)),
                            created -> changed(user, created, Change.CREATED))))
                    .onErrorMap(DuplicateKeyException.class, e -> rules.duplicate(clean));
        }));
    }

    Mono<T> update(PortalUser user, String enterpriseId, String id, D details, IfMatch ifMatch) {
        return requireWrite(user, enterpriseId).then(stored(enterpriseId, id)).flatMap(current -> {
            D clean = rules.normalized(details);
            return valid(enterpriseId, clean)
                    .then(ifMatch.check(current.version()))
                    .then(Mono.defer(() -> outbox.save(current.withDetails(clean, Instant.now(clock)),
                            updated -> changed(user, updated, Change.UPDATED))))
                    .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion())
                    .onErrorMap(DuplicateKeyException.class, e -> rules.duplicate(clean));
        });
    }

    Mono<Void> delete(PortalUser user, String enterpriseId, String id, IfMatch ifMatch) {
        return requireWrite(user, enterpriseId).then(stored(enterpriseId, id)).flatMap(current -> {
            return ifMatch.check(current.version())
                    .then(Mono.defer(() -> outbox.delete(type, current.id(), current.version(),
                            changed(user, current, Change.DELETED))))
                    .flatMap(deleted -> deleted ? Mono.empty() : Mono.error(PortalException.staleVersion()));
        }).then();
    }

    private Mono<Void> requireWrite(PortalUser user, String enterpriseId) {
        return keptByFirmSoftware ? access.requireWriteOrFirmSoftware(user, enterpriseId)
                : access.requireWrite(user, enterpriseId);
    }

    private Mono<T> stored(String enterpriseId, String id) {
        Mono<T> found = ObjectId.isValid(id) ? mongo.findOne(one(enterpriseId, id), type) : Mono.empty();
        return found.switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** Every problem of {@code details} as they would be stored, e.g. of a form some of whose values could not be read. */
    Mono<List<FieldProblem>> problems(String enterpriseId, D details) {
        return rules.problems(enterpriseId, rules.normalized(details));
    }

    private Mono<Void> valid(String enterpriseId, D details) {
        return rules.problems(enterpriseId, details).flatMap(problems -> problems.isEmpty()
                ? Mono.empty() : Mono.error(PortalException.invalid(problems)));
    }

    private PortfolioRecordChanged changed(PortalUser user, T record, Change change) {
        return new PortfolioRecordChanged(EventHeader.of(PortfolioRecordChanged.typeOf(name, change), user, name,
                record.id(), record.enterpriseId(), clock), name, change);
    }

    private static Query ofFirm(String enterpriseId) {
        return Query.query(Criteria.where("enterpriseId").is(enterpriseId));
    }

    private static Query one(String enterpriseId, String id) {
        return Query.query(Criteria.where("_id").is(new ObjectId(id)).and("enterpriseId").is(enterpriseId));
    }
}
