package cn.baiyun.hte.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.baiyun.hte.platform.lease.Lease;
import cn.baiyun.hte.platform.lease.Leases;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClientConfigurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Per-client rate limits: the test profile gives the client {@code rate-limit-test} three requests a minute.
 * A window starts at each whole minute; a test that must stay in one window first waits for a fresh one
 * when the current one is nearly over.
 */
@PortalIntegrationTest
class ClientRateLimitTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String LIMITED_CLIENT = "rate-limit-test";
    private static final int LIMIT = 3;

    @Autowired
    WebTestClient web;
    @Autowired
    RateLimitProperties limits;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    RequestWindowPurge purge;
    @Autowired
    Leases leases;

    @Test
    void aClientOverItsLimitGets429WithRetryAfterInItsLanguageUntilTheWindowEnds() throws InterruptedException {
        WebTestClientConfigurer client = clientToken(LIMITED_CLIENT, "enterprises:read", "referrals:write");
        awaitAFreshWindow();
        for (int sent = 1; sent <= LIMIT; sent++) {
            String remaining = "\"per-client\";r=" + (LIMIT - sent) + ";t=";
            web.mutateWith(client).get().uri("/api/v1/enterprises").exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals(ClientRateLimitFilter.POLICY, "\"per-client\";q=3;w=60")
                    .expectHeader().value(ClientRateLimitFilter.STATE, state -> assertThat(state).startsWith(remaining));
        }

        web.mutateWith(client).get().uri("/api/v1/enterprises").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60))
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:hte:problem:rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.title").isEqualTo("请求过于频繁");
        web.mutateWith(client).post().uri("/api/v1/referrals").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("uscc", "x")).exchange()
                .expectStatus().isEqualTo(429)
                .expectBody().jsonPath("$.title").isEqualTo("Too many requests");
        // Another client has its own count.
        web.mutateWith(clientToken("rate-limit-other-" + UUID.randomUUID(), "enterprises:read"))
                .get().uri("/api/v1/enterprises").exchange().expectStatus().isOk();
    }

    @Test
    void peopleAreNotLimitedNeitherWithTheirOwnTokenNorOnPages() {
        Principals reviewer = Principals.reviewer();
        for (int i = 0; i < LIMIT * 4; i++) {
            web.mutateWith(reviewer.bearer()).get().uri("/api/v1/enterprises").exchange()
                    .expectStatus().isOk().expectHeader().doesNotExist(ClientRateLimitFilter.STATE);
        }
        web.mutateWith(reviewer.session()).get().uri("/").exchange()
                .expectStatus().isOk().expectHeader().doesNotExist(ClientRateLimitFilter.STATE);
    }

    @Test
    void aClientsLimitIsItsOwnEntryElseItsHighestScopeElseTheDefault() {
        RateLimitProperties configured = new RateLimitProperties(true, Duration.ofMinutes(1), 600,
                Map.of("department-system", 50), Map.of("referrals:write", 300, "roadshows:read", 1200));
        assertThat(configured.limitOf("department-system", Set.of("referrals:write"))).isEqualTo(50);
        assertThat(configured.limitOf("bank", Set.of("referrals:write", "roadshows:read"))).isEqualTo(1200);
        assertThat(configured.limitOf("bank", Set.of("enterprises:read"))).isEqualTo(600);
        assertThat(limits.limitOf(LIMITED_CLIENT, Set.of())).as("the test profile's entry").isEqualTo(LIMIT);
        assertThat(limits.limitOf("anyone", Set.of())).as("application.yml's default").isEqualTo(600);
    }

    @Test
    void thePurgeRemovesEndedWindowsOnlyUnderItsLease() {
        String client = "rate-limit-purge-" + UUID.randomUUID();
        RequestCounters counters = new RequestCounters(mongo);
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        counters.count(client, hourAgo.minus(Duration.ofMinutes(1)), hourAgo).block(TIMEOUT);
        Instant now = Instant.now();
        counters.count(client, now.minus(Duration.ofSeconds(1)), now.plus(Duration.ofMinutes(1))).block(TIMEOUT);

        Lease elsewhere = leases.acquire("rate-limit-window-purge", Duration.ofMinutes(1)).block(TIMEOUT);
        assertThat(purge.purge().block(TIMEOUT)).as("another replica holds the lease").isNull();
        assertThat(windowsOf(client)).hasSize(2);
        leases.release(elsewhere).block(TIMEOUT);

        assertThat(purge.purge().block(TIMEOUT)).isGreaterThanOrEqualTo(1L);
        assertThat(windowsOf(client)).singleElement()
                .satisfies(window -> assertThat(window.end()).isAfter(Instant.now()));
    }

    private List<RequestWindow> windowsOf(String client) {
        return mongo.find(query(where("client").is(client)), RequestWindow.class).collectList().block(TIMEOUT);
    }

    /** Waits until at least 20 seconds of the current window are left. */
    private void awaitAFreshWindow() throws InterruptedException {
        long window = limits.window().toMillis();
        long left = window - Math.floorMod(System.currentTimeMillis(), window);
        if (left < 20_000) {
            Thread.sleep(left + 100);
        }
    }

    private static WebTestClientConfigurer clientToken(String clientId, String... scopes) {
        String subject = UUID.randomUUID().toString();
        return SecurityMockServerConfigurers.mockJwt()
                .jwt(jwt -> jwt.subject(subject).claim("preferred_username", "service-account-" + clientId)
                        .claim("aud", List.of("hte-portal-api")).claim("client_id", clientId)
                        .claim("scope", String.join(" ", scopes)))
                .authorities(java.util.Arrays.stream(scopes).<GrantedAuthority>map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope))
                        .toList());
    }
}
