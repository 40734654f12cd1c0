package cn.baiyun.hte.platform.security;

import cn.baiyun.hte.platform.mongo.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.mongo.MongoSession;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Lets a page be answered while the database is down. The session is stored as the response is committed;
 * with the database unreachable that store fails and takes the answer with it (the "temporarily
 * unavailable" page became a bare 500). Storing or deleting a session in an outage is therefore given up
 * with a warning: the request itself was answered 503, or changed nothing the database could keep anyway,
 * and at worst the person signs in again once the database is back.
 */
@Component
class SessionsDuringOutage implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(SessionsDuringOutage.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof ReactiveMongoSessionRepository sessions ? new Tolerant(sessions) : bean;
    }

    private record Tolerant(ReactiveMongoSessionRepository sessions) implements ReactiveSessionRepository<MongoSession> {

        @Override
        public Mono<MongoSession> createSession() {
            return sessions.createSession();
        }

        @Override
        public Mono<Void> save(MongoSession session) {
            return sessions.save(session).onErrorResume(DatabaseOutage::explains, outage -> givenUp("stored", outage));
        }

        @Override
        public Mono<MongoSession> findById(String id) {
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
}
