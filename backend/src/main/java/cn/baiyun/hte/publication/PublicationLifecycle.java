package cn.baiyun.hte.publication;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What announcements and policies share: who sees an item (published: everyone; otherwise reviewers alone,
 * and to anyone else it answers like an unknown id), who changes them (reviewers), and publishing and
 * withdrawing, each one conditional update of the item's document with its event, so that two reviewers
 * publishing at once publish it once.
 */
@Component
class PublicationLifecycle {

    /** An edit records each changed text up to this length, enough to recognise it in the audit trail. */
    static final int RECORDED_TEXT = 200;

    private final ReactiveMongoTemplate mongo;
    private final Outbox outbox;
    private final Clock clock;

    PublicationLifecycle(ReactiveMongoTemplate mongo, Outbox outbox, Clock clock) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The item, if the reader may see it; 404 otherwise. */
    <T extends Listed> Mono<T> visible(PortalUser user, Class<T> type, String id) {
        return stored(type, id).filter(item -> item.status() == PublicationStatus.PUBLISHED
                        || PublicationQuery.mayManage(user))
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    /** The item, for a reviewer about to change it; 403 for anyone else, 404 for an unknown id. */
    <T extends Listed> Mono<T> managed(PortalUser user, Class<T> type, String id) {
        return requireManager(user).then(Mono.defer(() -> stored(type, id)))
                .switchIfEmpty(Mono.error(PortalException.notFound()));
    }

    static Mono<Void> requireManager(PortalUser user) {
        return PublicationQuery.mayManage(user) ? Mono.empty() : Mono.error(PortalException.forbidden());
    }

    static Mono<Void> valid(List<FieldProblem> problems) {
        return problems.isEmpty() ? Mono.empty() : Mono.error(PortalException.invalid(problems));
    }

    Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    <T extends Listed> Mono<T> draft(T item, PortalUser reviewer, PublicationKind kind) {
        return outbox.insert(item, inserted -> new PublicationChanged(
                header(kind.drafted(), reviewer, kind, inserted.id()), List.of()));
    }

    /** Saves an edit over the version the reviewer read, recording the fields it changed. */
    <T extends Listed> Mono<T> save(T changed, Long currentVersion, IfMatch ifMatch, PortalUser reviewer,
                                    PublicationKind kind, Record before, Record after) {
        PublicationChanged event = new PublicationChanged(header(kind.edited(), reviewer, kind, changed.id()),
                changes(before, after));
        return ifMatch.check(currentVersion).then(Mono.defer(() -> outbox.save(changed, saved -> event)))
                .onErrorMap(OptimisticLockingFailureException.class, e -> PortalException.staleVersion());
    }

    /** Publishes a draft or a withdrawn item (listed anew, at the top); 409 if it is published already. */
    <T extends Listed> Mono<T> publish(PortalUser reviewer, PublicationKind kind, Class<T> type, String id) {
        Instant now = now();
        Update update = new Update().set("status", PublicationStatus.PUBLISHED).set("publishedAt", now)
                .set("listedAt", now).set("updatedAt", now).inc("version", 1);
        return transition(reviewer, kind, type, id, List.of(PublicationStatus.DRAFT, PublicationStatus.WITHDRAWN),
                update, kind.published(), "publication.already-published");
    }

    /** Takes a published item down; 409 if it is not published. */
    <T extends Listed> Mono<T> withdraw(PortalUser reviewer, PublicationKind kind, Class<T> type, String id) {
        Update update = new Update().set("status", PublicationStatus.WITHDRAWN).set("updatedAt", now())
                .inc("version", 1);
        return transition(reviewer, kind, type, id, List.of(PublicationStatus.PUBLISHED), update, kind.withdrawn(),
                "publication.not-published");
    }

    private <T extends Listed> Mono<T> transition(PortalUser reviewer, PublicationKind kind, Class<T> type, String id,
                                                  List<PublicationStatus> from, Update update, String eventType,
                                                  String conflictKey) {
        return managed(reviewer, type, id).flatMap(current -> {
            Query guarded = Query.query(Criteria.where("_id").is(new ObjectId(id)).and("status").in(from));
            return outbox.update(guarded, update, type,
                            new PublicationChanged(header(eventType, reviewer, kind, id), List.of()))
                    .switchIfEmpty(Mono.error(() -> PortalException.conflict(conflictKey)));
        });
    }

    private <T> Mono<T> stored(Class<T> type, String id) {
        return id != null && ObjectId.isValid(id) ? mongo.findById(new ObjectId(id), type) : Mono.empty();
    }

    private EventHeader header(String type, PortalUser actor, PublicationKind kind, String id) {
        return EventHeader.of(type, actor, kind.subjectType(), id, null, clock);
    }

    /** The components of two versions of a record that differ, as the audit trail shows them. */
    static List<FieldChange> changes(Record before, Record after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object was = value(component, before);
            Object is = value(component, after);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(component.getName(), recorded(was), recorded(is)));
            }
        }
        return changes;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A record's accessor answers", e);
        }
    }

    private static String recorded(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        return text.length() <= RECORDED_TEXT ? text : text.substring(0, RECORDED_TEXT) + "…";
    }
}
