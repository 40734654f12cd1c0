package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.data.mongo.MongoSession;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import reactor.core.publisher.Mono;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class WriteOnChangeSessionRepositoryTest {

    static final Duration TOUCH = Duration.ofMinutes(1);

    final ReactiveMongoSessionRepository stored = mock(ReactiveMongoSessionRepository.class);
    final WriteOnChangeSessionRepository sessions = new WriteOnChangeSessionRepository(stored, TOUCH);
    final MongoSession inDatabase = new MongoSession();
    final Instant lastAccess = Instant.parse("2031-05-06T02:00:00Z");

    record Value(String text) {
    }

    @BeforeEach
    void storedSession() {
        inDatabase.setLastAccessedTime(lastAccess);
        inDatabase.setAttribute("kept", new Value("a"));
        when(stored.findById(inDatabase.getId())).thenReturn(Mono.just(inDatabase));
        when(stored.save(any(MongoSession.class))).thenReturn(Mono.empty());
        when(stored.createSession()).thenReturn(Mono.fromSupplier(MongoSession::new));
    }

    @Test
    void aNewSessionIsWritten() {
        sessions.save(sessions.createSession().block()).block();

        verify(stored).save(any(MongoSession.class));
    }

    @Test
    void aRequestThatChangedNothingWritesNothingUntilTheLastAccessIsAMinuteOld() {
        var session = sessions.findById(inDatabase.getId()).block();
        session.setLastAccessedTime(lastAccess.plusSeconds(59));
        session.setAttribute("kept", new Value("a"));
        sessions.save(session).block();
        verify(stored, never()).save(any(MongoSession.class));

        session.setLastAccessedTime(lastAccess.plus(TOUCH));
        sessions.save(session).block();
        verify(stored).save(inDatabase);

        // Written: the next minute counts from there.
        session.setLastAccessedTime(lastAccess.plus(TOUCH).plusSeconds(30));
        sessions.save(session).block();
        verify(stored, times(1)).save(inDatabase);
    }

    @Test
    void aChangedAttributeIdOrTimeoutIsWritten() {
        var changedValue = sessions.findById(inDatabase.getId()).block();
        changedValue.setAttribute("kept", new Value("b"));
        sessions.save(changedValue).block();

        var removed = sessions.findById(inDatabase.getId()).block();
        removed.removeAttribute("kept");
        sessions.save(removed).block();

        var timeout = sessions.findById(inDatabase.getId()).block();
        timeout.setMaxInactiveInterval(Duration.ofHours(2));
        sessions.save(timeout).block();

        var newId = sessions.findById(inDatabase.getId()).block();
        newId.changeSessionId();
        sessions.save(newId).block();

        verify(stored, times(4)).save(inDatabase);
    }

    @Test
    void removingWhatIsNotThereOrPuttingBackAValueWithoutEqualsIsJudgedRightly() {
        var absent = sessions.findById(inDatabase.getId()).block();
        absent.removeAttribute("never-set");
        absent.setAttribute("never-set", null);
        sessions.save(absent).block();
        verify(stored, never()).save(any(MongoSession.class));

        // A mutable value may have changed in place: putting it back must be written.
        Object identityOnly = new Object();
        inDatabase.setAttribute("mutable", identityOnly);
        var putBack = sessions.findById(inDatabase.getId()).block();
        putBack.setAttribute("mutable", identityOnly);
        sessions.save(putBack).block();
        verify(stored).save(inDatabase);
    }
}
