package cn.baiyun.hte.platform.security;

import cn.baiyun.hte.platform.mongo.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.Session;
import reactor.core.publisher.Mono;

/**
 * Lets a page be answered while the database is down. The session is stored as the response is committed;
 * with the database unreachable that store fails and takes the answer with it (the "temporarily
 * unavailable" page became a bare 500). Storing or deleting a session in an outage is therefore given up
 * with a warning: the request itself was answered 503, or changed nothing the database could keep anyway,
 * and at worst the person signs in again once the database is back.
 */
record SessionsDuringOutage<S extends Session>(ReactiveSessionRepository<S> sessions)
        implements ReactiveSessionRepository<S> {

    private static final Logger log = LoggerFactory.getLogger(SessionsDuringOutage.class);

    @Override
    public Mono<S> createSession() {
        return sessions.createSession();
    }

    @Override
    public Mono<Void> save(S session) {
        return sessions.save(session).onErrorResume(DatabaseOutage::explains, outage -> givenUp("stored", outage));
    }

    @Override
    public Mono<S> findById(String id) {
        return sessions.findById(id);
    }

    @Override
    public Mono<Void> deleteById(String id) {
        return sessions.deleteById(id).onErrorResume(DatabaseOutage::explains, outage -> givenUp("deleted", outage));
    }

    private static Mono<Void> givenUp(String what, Throwable outage) {
        log.warn("Session not {}: the database is unavailable ({})", what, outage.getClass().getSimpleName());
        return Mono.empty();
    }
}
