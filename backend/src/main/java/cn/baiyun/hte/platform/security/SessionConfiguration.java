package cn.baiyun.hte.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.lease.Leases;
import com.mongodb.client.result.DeleteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import org.springframework.session.data.mongo.config.annotation.web.reactive.EnableMongoWebSession;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * Page sessions live in MongoDB so that any replica can serve any request and a restart signs nobody
 * out. Real MongoDB expires them through the TTL index; the embedded server ignores TTL indexes, so a
 * scheduled purge does the same job, on one replica at a time (the {@code session-purge} lease). A
 * session is written back only when a request changed it ({@link WriteOnChangeSessionRepository}), and
 * not at all while the database is down ({@link SessionsDuringOutage}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoWebSession(maxInactiveIntervalInSeconds = SessionConfiguration.IDLE_TIMEOUT_SECONDS)
class SessionConfiguration {

    static final int IDLE_TIMEOUT_SECONDS = 30 * 60;
    static final String SESSION_COOKIE = "SESSION";
    private static final String EXPIRE_AT = "expireAt";
    private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

    /** How stale a session's stored last access may get before a request that changed nothing writes it. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Duration PURGE_LEASE = Duration.ofMinutes(1);

    private final ReactiveMongoTemplate mongo;
    private final Leases leases;
    private final Clock clock;
    private final Duration purgeInterval;

    SessionConfiguration(ReactiveMongoTemplate mongo, Leases leases, Clock clock,
                         @Value("${hte.sessions.purge-interval:PT5M}") Duration purgeInterval) {
        this.mongo = mongo;
        this.leases = leases;
        this.clock = clock;
        this.purgeInterval = purgeInterval;
    }

    /**
     * The store the web sessions use: Spring Session's MongoDB repository, written only on change and
     * given up on during a database outage.
     */
    @Bean
    @Primary
    ReactiveSessionRepository<WriteOnChangeSessionRepository.TrackedSession> sessionsWrittenOnChange(
            ReactiveMongoSessionRepository stored) {
        return new SessionsDuringOutage<>(new WriteOnChangeSessionRepository(stored, TOUCH_INTERVAL));
    }

    /**
     * The session cookie: never readable by script, not sent on cross-site sub-requests or form posts
     * (a top-level link, such as Keycloak's redirect back after signing in, still carries it), and sent
     * only over HTTPS unless {@code hte.sessions.cookie-secure} is off for a plain-HTTP local run.
     */
    @Bean
    WebSessionIdResolver sessionCookie(@Value("${hte.sessions.cookie-secure:true}") boolean secure) {
        CookieWebSessionIdResolver cookie = new CookieWebSessionIdResolver();
        cookie.setCookieName(SESSION_COOKIE);
        cookie.addCookieInitializer(builder -> builder.httpOnly(true).secure(secure).sameSite("Lax").path("/"));
        return cookie;
    }

    @Bean
    ApplicationRunner sessionExpiryIndex() {
        return args -> mongo.indexOps(ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME)
                .createIndex(new Index(EXPIRE_AT, Sort.Direction.ASC).expire(0).named("session_expiry"))
                .block();
    }

    @Scheduled(fixedDelayString = "${hte.sessions.purge-interval:PT5M}")
    void purgeOnSchedule() {
        purgeExpiredSessions().subscribe(deleted -> {
            if (deleted > 0) {
                log.info("Purged {} expired sessions", deleted);
            }
        }, error -> log.warn("Purging expired sessions failed; will retry", error));
    }

    /**
     * How many expired sessions were deleted; nothing when another replica purged within the interval. The
     * TTL index would remove them too, but only about once a minute and not on every MongoDB-compatible store.
     */
    Mono<Long> purgeExpiredSessions() {
        Query expired = Query.query(Criteria.where(EXPIRE_AT).lt(Instant.now(clock)));
        return leases.runOncePer("session-purge", purgeInterval, PURGE_LEASE, lease ->
                mongo.remove(expired, ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME)
                        .map(DeleteResult::getDeletedCount));
    }
}
