package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.time.Instant;

import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PortalIntegrationTest
class SessionPurgeTest {

    static final String SESSIONS = ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME;

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    SessionConfiguration sessions;
    @Autowired
    Leases leases;

    @Test
    void expiredSessionsArePurgedAndLiveOnesKept() {
        mongo.insert(new Document("_id", "expired-session").append("expireAt", java.util.Date.from(Instant.now().minusSeconds(60))), SESSIONS).block();
        mongo.insert(new Document("_id", "live-session").append("expireAt", java.util.Date.from(Instant.now().plusSeconds(600))), SESSIONS).block();

        periodOver();
        assertThat(sessions.purgeExpiredSessions().block()).isNotNull();

        assertThat(exists("expired-session")).isFalse();
        assertThat(exists("live-session")).isTrue();
    }

    @Test
    void noReplicaPurgesWhileAnotherHoldsThePurgeLease() {
        mongo.insert(new Document("_id", "expired-while-held").append("expireAt", java.util.Date.from(Instant.now().minusSeconds(60))), SESSIONS).block();
        periodOver();
        Lease otherReplica = await().atMost(Duration.ofSeconds(5))
                .until(() -> leases.acquire("session-purge", Duration.ofMinutes(1)).block(), held -> held != null);

        assertThat(sessions.purgeExpiredSessions().block()).isNull();
        assertThat(exists("expired-while-held")).isTrue();

        leases.release(otherReplica).block();
        assertThat(sessions.purgeExpiredSessions().block()).isPositive();
        assertThat(exists("expired-while-held")).isFalse();
    }

    /** The purge runs once per interval across replicas: as if the interval of an earlier purge had passed. */
    private void periodOver() {
        mongo.remove(Query.query(Criteria.where("_id").is("session-purge")), Lease.class).block();
    }

    private boolean exists(String id) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is(id)), SESSIONS).block());
    }
}
