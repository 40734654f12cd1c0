package cn.baiyun.hte.roadshow.web;

import java.util.stream.Stream;

import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import cn.baiyun.hte.roadshow.RoadshowService;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * The roadshow pages that need a signed-in reader: a firm's registration, its deck, its check-in code (on
 * the registration page) and the forms that change it are its members' alone (organisers read it); the
 * organisers' pages are for reviewers (and the finance office: {@link RoadshowPagesTest}), never for
 * another department's officers. The public pages, which anonymous readers see too, are in
 * {@link RoadshowPagesTest}.
 */
@PortalIntegrationTest
class RoadshowPagesIsolationMatrixTest extends IsolationMatrix {

    @Autowired
    RoadshowService roadshows;
    @Autowired
    RegistrationService registrationService;

    String event;
    String draft;
    String registration;

    @Override
    protected void prepare() {
        PageFixtures fixtures = new PageFixtures(roadshows, registrationService);
        event = fixtures.published("隔离测试路演", 5).id();
        draft = fixtures.draft("隔离测试草稿路演", 5).id();
        RegistrationView view = fixtures.register(callers.get(Caller.MEMBER), event, firmA);
        fixtures.withDeck(callers.get(Caller.MEMBER), view);
        registration = view.registration().id();
    }

    @Override
    protected Stream<Case> apiCases() {
        return Stream.of();
    }

    //                         MEMBER     OTHER_FIRM  PENDING    REVIEWER   DEPARTMENT (工信局)
    @Override
    protected Stream<Case> pageCases() {
        String own = "/roadshows/" + event + "/registrations/" + registration;
        String manage = "/organise/roadshows/" + event;
        return Stream.of(
                Case.of("GET registration page", c -> c.get().uri(own),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET registration page under another event", c -> c.get()
                                .uri("/roadshows/" + draft + "/registrations/" + registration),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
                Case.of("GET registration deck", c -> c.get().uri(own + "/deck"),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET registration edit", c -> c.get().uri(own + "/edit"),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET registration cancel", c -> c.get().uri(own + "/cancel"),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("POST registration cancel (not the firm's)", c -> c.mutateWith(csrf()).post()
                                .uri("/roadshows/" + event + "/registrations/" + UNKNOWN_ID + "/cancel"),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET sign-up form", c -> c.get().uri("/roadshows/" + event + "/sign-up"),
                        OK, OK, OK, FORBIDDEN, FORBIDDEN),
                Case.of("GET sign-up form of a draft", c -> c.get().uri("/roadshows/" + draft + "/sign-up"),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("GET organiser events", c -> c.get().uri("/organise/roadshows"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET organiser new event", c -> c.get().uri("/organise/roadshows/new"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET organiser event", c -> c.get().uri(manage),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET organiser draft", c -> c.get().uri("/organise/roadshows/" + draft),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET organiser edit", c -> c.get().uri(manage + "/edit"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET organiser registration deck", c -> c.get()
                                .uri(manage + "/registrations/" + registration + "/deck"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET participants.xlsx", c -> c.get().uri(manage + "/participants.xlsx"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET participants.csv", c -> c.get().uri(manage + "/participants.csv"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("GET decks.zip", c -> c.get().uri(manage + "/decks.zip"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN),
                Case.of("POST check-in with an unknown code", c -> c.mutateWith(csrf()).post().uri(manage + "/check-in")
                                .body(BodyInserters.fromFormData("code", "ZZZZ-ZZZZ")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST, FORBIDDEN),
                Case.of("POST approve (nothing pending)", c -> c.mutateWith(csrf()).post()
                                .uri(manage + "/registrations/" + UNKNOWN_ID + "/approve"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN),
                Case.of("POST publish a draft of an unknown id", c -> c.mutateWith(csrf()).post()
                                .uri("/organise/roadshows/" + UNKNOWN_ID + "/publish"),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN));
    }
}
