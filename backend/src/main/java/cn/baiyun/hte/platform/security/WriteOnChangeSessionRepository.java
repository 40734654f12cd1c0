package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.data.mongo.MongoSession;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import reactor.core.publisher.Mono;

/**
 * Writes a session back only when something in it changed. Spring Session saves the whole session
 * document after every request that has one, if only to move its last access time: one database write
 * per page view. Here a session is written when it is new, when an attribute, its id or its idle
 * timeout changed, or when its stored last access is more than {@code touchInterval} old, so that the
 * idle timeout still runs from (nearly) the last request: it ends between {@code touchInterval} early
 * and on time.
 */
final class WriteOnChangeSessionRepository implements ReactiveSessionRepository<WriteOnChangeSessionRepository.TrackedSession> {

    private final ReactiveMongoSessionRepository stored;
    private final Duration touchInterval;

    WriteOnChangeSessionRepository(ReactiveMongoSessionRepository stored, Duration touchInterval) {
        this.stored = stored;
        this.touchInterval = touchInterval;
    }

    @Override
    public Mono<TrackedSession> createSession() {
        return stored.createSession().map(session -> new TrackedSession(session, null));
    }

    @Override
    public Mono<Void> save(TrackedSession session) {
        if (!session.needsWrite(touchInterval)) {
            return Mono.empty();
        }
        return stored.save(session.session).doOnSuccess(done -> session.written());
    }

    @Override
    public Mono<TrackedSession> findById(String id) {
        return stored.findById(id).map(session -> new TrackedSession(session, session.getLastAccessedTime()));
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return stored.deleteById(id);
    }

    /** A stored session and whether it differs from what the database holds. */
    static final class TrackedSession implements Session {

        private final MongoSession session;
        /** The last access time in the database; null while the session was never written. */
        private Instant storedAccess;
        private boolean changed;

        TrackedSession(MongoSession session, Instant storedAccess) {
            this.session = session;
            this.storedAccess = storedAccess;
        }

        boolean needsWrite(Duration touchInterval) {
            return storedAccess == null || changed
                    || Duration.between(storedAccess, session.getLastAccessedTime()).compareTo(touchInterval) >= 0;
        }

        private void written() {
            storedAccess = session.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        /**
         * Putting back an equal value changes nothing. Values without their own {@code equals} count as
         * changed: a value changed in place is only written when it is put back, so putting back is a change.
         */
        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            if (attributeValue == null) {
                removeAttribute(attributeName);
                return;
            }
            if (!hasOwnEquals(attributeValue) || !attributeValue.equals(session.getAttribute(attributeName))) {
                changed = true;
            }
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            if (session.getAttribute(attributeName) != null) {
                changed = true;
            }
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }

        private static boolean hasOwnEquals(Object value) {
            try {
                return value.getClass().getMethod("equals", Object.class).getDeclaringClass() != Object.class;
            } catch (NoSuchMethodException impossible) {
                return false;
            }
        }
    }
}
