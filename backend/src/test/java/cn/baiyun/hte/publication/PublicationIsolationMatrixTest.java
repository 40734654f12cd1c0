package cn.baiyun.hte.publication;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.UploadRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.FOUND;
import static org.springframework.http.HttpStatus.NOT_FOUND;
import static org.springframework.http.HttpStatus.OK;
import static org.springframework.http.HttpStatus.UNAUTHORIZED;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every announcement and policy endpoint and page, for every kind of caller. Unlike firm data, what is published
 * is public: anyone reads it, signed in or not. Drafts answer 404 to everyone but reviewers, and only reviewers
 * change anything: firm users, department officers (金融办 included) and integration clients get 403, anonymous
 * callers 401 on the API and the sign-in on pages. Writes send empty bodies, so that a caller who gets through
 * meets validation, and the prepared items stay as they were, which is checked at the end.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationIsolationMatrixTest {

    enum Caller { FIRM_USER, DEPARTMENT, REVIEWER, INTEGRATION_CLIENT, ANONYMOUS }

    @Autowired
    WebTestClient web;
    @Autowired
    Publications publications;
    @Autowired
    AnnouncementService announcements;

    final Map<Caller, Principals> callers = new EnumMap<>(Caller.class);
    Announcement published;
    Announcement draft;
    Policy publishedPolicy;
    Policy draftPolicy;

    @BeforeAll
    void itemsOfEachStatus() {
        callers.put(Caller.FIRM_USER, Principals.firmUser("firm"));
        callers.put(Caller.DEPARTMENT, Principals.department("金融办"));
        callers.put(Caller.REVIEWER, Principals.reviewer());
        callers.put(Caller.INTEGRATION_CLIENT, Principals.integrationClient("enterprises:read"));
        var reviewer = callers.get(Caller.REVIEWER).user();
        published = publications.publishedAnnouncement(reviewer, Publications.marker() + " 已发布");
        draft = publications.draftAnnouncement(reviewer, Publications.marker() + " 草稿");
        publishedPolicy = publications.publishedPolicy(reviewer, Publications.marker() + " 已发布政策");
        draftPolicy = publications.draftPolicy(reviewer, Publications.marker() + " 政策草稿");
    }

    @AfterAll
    void theItemsAreAsPrepared() {
        var reviewer = callers.get(Caller.REVIEWER).user();
        assertThat(announcements.find(reviewer, published.id()).block()).isEqualTo(published);
        assertThat(announcements.find(reviewer, draft.id()).block()).isEqualTo(draft);
    }

    /** One endpoint or page with the status of each caller, in the order of {@link Caller}. */
    record Case(String name, Function<WebTestClient, WebTestClient.RequestHeadersSpec<?>> call,
                HttpStatus... expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    //                                         FIRM_USER  DEPARTMENT REVIEWER     CLIENT     ANONYMOUS
    Stream<Case> apiCases() {
        String a = "/api/v1/announcements";
        String p = "/api/v1/policies";
        return Stream.of(
                new Case("GET announcements", c -> c.get().uri(a), OK, OK, OK, OK, OK),
                new Case("GET announcements?status=DRAFT", c -> c.get().uri(a + "?status=DRAFT"),
                        FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                new Case("GET announcements/{published}", c -> c.get().uri(a + "/{id}", published.id()), OK, OK, OK, OK, OK),
                new Case("GET announcements/{draft}", c -> c.get().uri(a + "/{id}", draft.id()),
                        NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND),
                new Case("POST announcements", c -> c.post().uri(a).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED),
                new Case("PUT announcements/{draft}", c -> c.put().uri(a + "/{id}", draft.id())
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED),
                new Case("POST announcements/{draft}/publication", c -> c.post().uri(a + "/{id}/publication", draft.id()),
                        FORBIDDEN, FORBIDDEN, null, FORBIDDEN, UNAUTHORIZED),
                new Case("DELETE announcements/{published}/publication",
                        c -> c.delete().uri(a + "/{id}/publication", published.id()),
                        FORBIDDEN, FORBIDDEN, null, FORBIDDEN, UNAUTHORIZED),
                new Case("GET policies", c -> c.get().uri(p), OK, OK, OK, OK, OK),
                new Case("GET policies/{draft}", c -> c.get().uri(p + "/{id}", draftPolicy.id()),
                        NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND),
                new Case("GET policies/{draft}/document", c -> c.get().uri(p + "/{id}/document", draftPolicy.id()),
                        NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND),
                new Case("GET policies/{published}/document", c -> c.get().uri(p + "/{id}/document", publishedPolicy.id()),
                        OK, OK, OK, OK, OK),
                new Case("POST policies", c -> UploadRequest.file("p.pdf", TestFiles.pdf(100)).postTo(c.post().uri(p)),
                        FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED),
                new Case("PUT policies/{draft}", c -> c.put().uri(p + "/{id}", draftPolicy.id())
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED),
                new Case("PUT policies/{draft}/document", c -> UploadRequest.file("p.png", TestFiles.png())
                                .postTo(c.put().uri(p + "/{id}/document", draftPolicy.id())),
                        FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN, UNAUTHORIZED),
                new Case("POST policies/{draft}/publication", c -> c.post().uri(p + "/{id}/publication", draftPolicy.id()),
                        FORBIDDEN, FORBIDDEN, null, FORBIDDEN, UNAUTHORIZED));
    }

    //                                         FIRM_USER  DEPARTMENT REVIEWER     ANONYMOUS
    Stream<Case> pageCases() {
        return Stream.of(
                new Case("/announcements", c -> c.get().uri("/announcements"), OK, OK, OK, OK),
                new Case("/announcements/{draft}", c -> c.get().uri("/announcements/{id}", draft.id()),
                        NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
                new Case("/policies/{draft}", c -> c.get().uri("/policies/{id}", draftPolicy.id()),
                        NOT_FOUND, NOT_FOUND, OK, NOT_FOUND),
                new Case("/policies/{published}", c -> c.get().uri("/policies/{id}", publishedPolicy.id()), OK, OK, OK, OK),
                new Case("/reviewer/announcements/new", c -> c.get().uri("/reviewer/announcements/new"),
                        FORBIDDEN, FORBIDDEN, OK, FOUND),
                new Case("POST /reviewer/announcements/new", c -> c.mutateWith(csrf()).post()
                                .uri("/reviewer/announcements/new").body(BodyInserters.fromFormData("titleZh", "")),
                        FORBIDDEN, FORBIDDEN, OK, FOUND),
                new Case("/reviewer/announcements/{draft}/edit", c -> c.get().uri("/reviewer/announcements/{id}/edit",
                        draft.id()), FORBIDDEN, FORBIDDEN, OK, FOUND),
                new Case("POST /reviewer/policies/{draft}/publication", c -> c.mutateWith(csrf()).post()
                        .uri("/reviewer/policies/{id}/publication", UNKNOWN), FORBIDDEN, FORBIDDEN, NOT_FOUND, FOUND),
                new Case("/reviewer/policies/{draft}/edit", c -> c.get().uri("/reviewer/policies/{id}/edit",
                        draftPolicy.id()), FORBIDDEN, FORBIDDEN, OK, FOUND));
    }

    private static final String UNKNOWN = "0123456789abcdef01234567";

    Stream<Arguments> matrix() {
        Stream<Arguments> api = apiCases().flatMap(c -> Stream.of(Caller.values())
                .filter(caller -> c.expected()[caller.ordinal()] != null)
                .map(caller -> Arguments.of(c, caller, true)));
        Stream<Arguments> pages = pageCases().flatMap(c -> Stream.of(Caller.FIRM_USER, Caller.DEPARTMENT, Caller.REVIEWER,
                Caller.ANONYMOUS).map(caller -> Arguments.of(c, caller, false)));
        return Stream.concat(api, pages);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void answersEachCallerAsTheMatrixSays(Case endpoint, Caller caller, boolean api) {
        WebTestClient client = caller == Caller.ANONYMOUS ? web
                : web.mutateWith(api ? callers.get(caller).bearer() : callers.get(caller).session());
        int column = api || caller != Caller.ANONYMOUS ? caller.ordinal() : 3;
        HttpStatus expected = endpoint.expected()[column];
        var response = endpoint.call().apply(client).exchange().expectStatus().isEqualTo(expected);
        if (api && expected.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        if (!api && expected == FOUND) {
            response.expectHeader().valueEquals("Location", "/oauth2/authorization/portal-web");
        }
    }
}
