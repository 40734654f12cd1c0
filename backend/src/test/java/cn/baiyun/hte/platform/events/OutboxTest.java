package cn.baiyun.hte.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.audit.AuditLog;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.events.ListenerFaults;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A change and its event are stored together, and the event reaches the audit trail exactly once whether
 * delivery works at once, fails, or never starts because the process died after the write.
 */
@PortalIntegrationTest
class OutboxTest {

    private static final String CHANGED = "note.changed";
    private static final Instant AFTER_GRACE = Instant.now().plus(OutboxSweeper.GRACE).plusSeconds(60);

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    AuditLog audit;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    Clock clock;

    final String firm = new ObjectId().toHexString();

    @AfterEach
    void heal() {
        ListenerFaults.heal();
    }

    @Test
    void anInsertStoresItsEventWithTheDocumentAndDeliversItAtOnce() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();

        assertThat(note.id()).isNotNull();
        assertThat(note.version()).isZero();
        assertThat(auditedTexts()).containsExactly(CHANGED + " " + note.id());
        assertThat(pending(note)).isEmpty();
    }

    @Test
    void whenDeliveryFailsTheCallerSucceedsAndTheSweeperDeliversTheEventExactlyOnce() {
        ListenerFaults.failOn(CHANGED);
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();

        assertThat(stored(note).text()).isEqualTo("first");
        assertThat(auditedTexts()).isEmpty();
        assertThat(pending(note)).hasSize(1);

        ListenerFaults.heal();
        sweeper.sweepDue().block();
        assertThat(pending(note)).as("events within the grace period are left to their writer").hasSize(1);
        sweeper.sweep(AFTER_GRACE).block();
        sweeper.sweep(AFTER_GRACE).block();

        assertThat(auditedTexts()).containsExactly(CHANGED + " " + note.id());
        assertThat(pending(note)).isEmpty();
    }

    @Test
    void aCrashRightAfterTheWriteLeavesTheEventInTheDocumentForTheSweeper() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();
        NoteChanged lost = changed(note);
        // What a process that died between its write and the delivery leaves: the change with its event.
        mongo.updateFirst(Query.query(Criteria.where("_id").is(note.id())),
                new Update().set("text", "second").push(Outbox.PENDING_EVENTS, document(lost)), Note.class).block();

        sweeper.sweep(AFTER_GRACE).block();

        assertThat(auditedTexts()).containsExactlyInAnyOrder(CHANGED + " " + note.id(), CHANGED + " " + note.id());
        assertThat(audit.ofEnterprise(firm, 10).map(AuditEvent::id).collectList().block())
                .contains(lost.header().eventId());
        assertThat(pending(note)).isEmpty();
    }

    @Test
    void anEventThatCannotBeReadIsLeftInPlaceAndDoesNotStopTheOthers() {
        Note broken = outbox.insert(new Note(null, firm, "broken", "a", null), this::changed).block();
        Note fine = outbox.insert(new Note(null, firm, "fine", "a", null), this::changed).block();
        Document renamed = document(changed(broken)).append("_class", "cn.baiyun.hte.RenamedSinceWritten");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(broken.id())),
                new Update().push(Outbox.PENDING_EVENTS, renamed), Note.class).block();
        NoteChanged lost = changed(fine);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(fine.id())),
                new Update().push(Outbox.PENDING_EVENTS, document(lost)), Note.class).block();

        sweeper.sweep(AFTER_GRACE).block();

        assertThat(pending(broken)).hasSize(1);
        assertThat(pending(fine)).isEmpty();
        assertThat(audit.ofEnterprise(firm, 10).map(AuditEvent::id).collectList().block())
                .contains(lost.header().eventId());
    }

    @Test
    void aSaveKeepsTheEventsItDidNotReadAndClearsFieldsThatBecameEmpty() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();
        ListenerFaults.failOn(CHANGED);
        Note saved = outbox.save(note.withText("second", null), this::changed).block();
        ListenerFaults.heal();

        Note again = outbox.save(saved.withText("third", "c"), this::changed).block();

        assertThat(again.version()).isEqualTo(2);
        assertThat(pending(note)).as("the first save's undelivered event survives the second save").hasSize(1);
        assertThat(mongo.findById(note.id(), Document.class, "outboxTestNotes").block()).containsEntry("tag", "c");
        Note cleared = outbox.save(again.withText("fourth", null), this::changed).block();
        assertThat(mongo.findById(note.id(), Document.class, "outboxTestNotes").block()).doesNotContainKey("tag");
        assertThat(cleared.tag()).isNull();

        sweeper.sweep(AFTER_GRACE).block();
        assertThat(auditedTexts()).hasSize(4);
    }

    @Test
    void aStaleSaveChangesNothingAndStoresNoEvent() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();
        outbox.save(note.withText("second", "b"), this::changed).block();

        assertThatThrownBy(() -> outbox.save(note.withText("stale", "x"), this::changed).block())
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(stored(note).text()).isEqualTo("second");
        assertThat(pending(note)).isEmpty();
        assertThat(auditedTexts()).hasSize(2);
    }

    @Test
    void aConditionalUpdateThatMatchesNothingWritesNoEvent() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();

        Note unchanged = outbox.update(Query.query(Criteria.where("_id").is(note.id()).and("tag").is("b")),
                new Update().set("text", "guarded"), Note.class, changed(note)).block();
        Note changed = outbox.update(Query.query(Criteria.where("_id").is(note.id()).and("tag").is("a")),
                new Update().set("text", "guarded"), Note.class, changed(note)).block();

        assertThat(unchanged).isNull();
        assertThat(changed.text()).isEqualTo("guarded");
        assertThat(auditedTexts()).hasSize(2);
        assertThat(pending(note)).isEmpty();
    }

    @Test
    void anUpdateDeliveredAlongsideItsAnswerReachesTheListenersAndOneThatFailedIsSweptExactlyOnce() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();

        Note changed = outbox.updateDeliveringAlongside(Query.query(Criteria.where("_id").is(note.id())),
                new Update().set("text", "alongside"), Note.class, changed(note)).block();
        assertThat(changed.text()).isEqualTo("alongside");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((auditedTexts().size() < 2 || !pending(note).isEmpty()) && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(50)).block();
        }
        assertThat(auditedTexts()).hasSize(2);
        assertThat(pending(note)).isEmpty();

        // The failing listener runs first, so the delivery alongside has failed by the time the answer is read.
        ListenerFaults.failOn(CHANGED);
        outbox.updateDeliveringAlongside(Query.query(Criteria.where("_id").is(note.id())),
                new Update().set("text", "failed alongside"), Note.class, changed(note)).block();
        assertThat(stored(note).text()).isEqualTo("failed alongside");
        assertThat(pending(note)).hasSize(1);
        ListenerFaults.heal();
        sweeper.sweep(AFTER_GRACE).block();
        sweeper.sweep(AFTER_GRACE).block();

        assertThat(auditedTexts()).hasSize(3);
        assertThat(pending(note)).isEmpty();
    }

    @Test
    void aCrowdOfUpdatesDeliveredAlongsideHasEveryEventDeliveredAndTakenOutOfItsDocument() {
        // Their removals from the documents go in batches while one is under way: none may be lost on the way.
        List<Note> notes = Flux.range(0, 8).concatMap(i -> outbox.insert(new Note(null, firm, "crowd " + i, "a", null),
                this::changed)).collectList().block();

        Flux.fromIterable(notes).flatMap(note -> outbox.updateDeliveringAlongside(
                Query.query(Criteria.where("_id").is(note.id())), new Update().set("text", "crowded"), Note.class,
                changed(note)), notes.size()).then().block();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while ((auditedTexts().size() < 2 * notes.size() || notes.stream().anyMatch(note -> !pending(note).isEmpty()))
                && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(50)).block();
        }

        assertThat(auditedTexts()).hasSize(2 * notes.size());
        assertThat(notes).allSatisfy(note -> {
            assertThat(stored(note).text()).isEqualTo("crowded");
            assertThat(pending(note)).isEmpty();
        });
    }

    @Test
    void aDeletionIsAuditedAndAStaleOneDeletesNothing() {
        Note note = outbox.insert(new Note(null, firm, "first", "a", null), this::changed).block();

        assertThat(outbox.delete(Note.class, note.id(), 7L, changed(note)).block()).isFalse();
        assertThat(stored(note)).isNotNull();
        assertThat(outbox.delete(Note.class, note.id(), 0L, changed(note)).block()).isTrue();

        assertThat(stored(note)).isNull();
        assertThat(auditedTexts()).hasSize(2);
        assertThat(mongo.count(new Query(), PendingDeletion.class).block()).isZero();
    }

    @Test
    void aDeletionInterruptedAfterItsIntentIsFinishedByTheSweeper() {
        Note kept = outbox.insert(new Note(null, firm, "kept", "a", null), this::changed).block();
        Note doomed = outbox.insert(new Note(null, firm, "doomed", "a", null), this::changed).block();
        var meta = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(Note.class);
        // Crashed after recording the intent, before deleting: the sweeper deletes and delivers.
        mongo.insert(PendingDeletion.of(meta, doomed.id(), 0L, changed(doomed))).block();
        // Crashed after recording an intent whose target changed meanwhile: no deletion, no event.
        mongo.insert(PendingDeletion.of(meta, kept.id(), 0L, changed(kept))).block();
        outbox.save(kept.withText("changed meanwhile", "a"), this::changed).block();

        sweeper.sweep(AFTER_GRACE).block();

        assertThat(stored(doomed)).isNull();
        assertThat(stored(kept).text()).isEqualTo("changed meanwhile");
        assertThat(auditedTexts()).hasSize(4);
        assertThat(mongo.count(new Query(), PendingDeletion.class).block()).isZero();
    }

    private NoteChanged changed(Note note) {
        return new NoteChanged(EventHeader.of(CHANGED, Principals.reviewer().user(), "note", note.id(), firm, clock),
                note.text());
    }

    private Document document(Object event) {
        Document document = new Document();
        mongo.getConverter().write(event, document);
        return document;
    }

    private Note stored(Note note) {
        return mongo.findById(note.id(), Note.class).block();
    }

    private List<Object> pending(Note note) {
        Document stored = mongo.findById(note.id(), Document.class, "outboxTestNotes").block();
        return stored.getList(Outbox.PENDING_EVENTS, Object.class, List.of());
    }

    private List<String> auditedTexts() {
        return audit.ofEnterprise(firm, 20).map(entry -> entry.action() + " " + entry.subjectId()).collectList().block();
    }
}
