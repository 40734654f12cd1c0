package cn.baiyun.hte.platform.security;

import java.time.Duration;
import java.time.Instant;

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

    @Test
    void expiredSessionsArePurgedAndLiveOnesKept() {
        mongo.insert(new Document("_id", "expired-session").append("expireAt", java.util.Date.from(Instant.now().minusSeconds(60))), SESSIONS).block();
        mongo.insert(new Document("_id", "live-session").append("expireAt", java.util.Date.from(Instant.now().plusSeconds(600))), SESSIONS).block();

        sessions.purgeExpiredSessions();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(exists("expired-session")).isFalse());
        assertThat(exists("live-session")).isTrue();
    }

    private boolean exists(String id) {
        return Boolean.TRUE.equals(mongo.exists(Query.query(Criteria.where("_id").is(id)), SESSIONS).block());
    }
}
