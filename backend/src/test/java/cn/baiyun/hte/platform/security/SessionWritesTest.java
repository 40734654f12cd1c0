package cn.baiyun.hte.platform.security;

import java.util.Date;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseCookie;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions are stored for people who signed in, and written back only when a request changed them. */
@PortalIntegrationTest
class SessionWritesTest {

    static final String SESSIONS = ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME;

    @Autowired
    WebTestClient web;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void anonymousPageViewsStoreNoSession() {
        long before = sessionCount();

        for (int i = 0; i < 25; i++) {
            for (String page : new String[] {"/", "/guide", "/?lang=en", "/guide?lang=zh-CN", "/no-such-page"}) {
                web.get().uri(page).exchange()
                        .expectCookie().doesNotExist("SESSION");
            }
        }

        assertThat(sessionCount()).isEqualTo(before);
    }

    @Test
    void aSignedInPageViewThatChangesNothingWritesNoSession() throws InterruptedException {
        WebTestClient signedIn = web.mutateWith(Principals.firmUser("sessions").session());
        long before = sessionCount();
        // The first page creates the CSRF token for the page's forms: that is a change, stored once.
        ResponseCookie cookie = signedIn.get().uri("/").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseCookies().getFirst("SESSION");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(sessionCount()).isEqualTo(before + 1);
        Document stored = session(cookie.getValue());

        for (int i = 0; i < 10; i++) {
            Thread.sleep(5);
            signedIn.get().uri("/guide").cookie("SESSION", cookie.getValue()).exchange()
                    .expectStatus().isOk()
                    .expectCookie().doesNotExist("SESSION");
        }

        Document after = session(cookie.getValue());
        assertThat(after.get("expireAt", Date.class)).isEqualTo(stored.get("expireAt", Date.class));
        assertThat(after.get("lastAccessedTime")).isEqualTo(stored.get("lastAccessedTime"));
        assertThat(sessionCount()).isEqualTo(before + 1);
    }

    private long sessionCount() {
        return mongo.count(new Query(), SESSIONS).block();
    }

    private Document session(String cookieValue) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(cookieValue)), Document.class, SESSIONS).block();
    }
}
