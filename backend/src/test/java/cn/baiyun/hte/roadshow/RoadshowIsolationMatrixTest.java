package cn.baiyun.hte.roadshow;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFiles;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Flux;

import static cn.baiyun.hte.roadshow.RoadshowFixtures.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every roadshow endpoint that is not public, about firm A's registrations, for every kind of caller: another
 * firm's users never reach A's registration, its deck or its check-in code (404 as for one that does not
 * exist, also where only organisers may act on it); only organisers manage events and decide, and a
 * department other than 金融办 is refused (403); a client without {@code roadshows:read} reads nothing, one with it
 * reads registrations only. The public reads (published events, seats)
 * and the invisibility of drafts are in {@link RoadshowApiTest}; the pages in their own matrix.
 */
@PortalIntegrationTest
class RoadshowIsolationMatrixTest extends IsolationMatrix {

    private static final String ROADSHOWS = "/api/v1/roadshows";

    @Autowired
    RoadshowFixtures fixtures;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RoadshowService roadshows;

    String event;
    String registration;
    String code;
    String otherEvent;
    String toCancel;
    String draft;

    @Override
    protected void prepare() {
        PortalUser member = callers.get(Caller.MEMBER).user();
        event = fixtures.published(EventKind.ROADSHOW, 5, false).id();
        RegistrationView view = registrations.register(member, event, firmA, RoadshowFixtures.pitch()).block(TIMEOUT);
        registration = view.registration().id();
        code = view.registration().checkInCode();
        registrations.uploadDeck(member, registration, "路演.pdf",
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(TestFiles.pdf(500)))).block(TIMEOUT);
        otherEvent = fixtures.published(EventKind.ROADSHOW, 5, false).id();
        toCancel = registrations.register(member, otherEvent, firmA, RoadshowFixtures.pitch()).block(TIMEOUT)
                .registration().id();
        draft = roadshows.create(Principals.reviewer().user(), RoadshowFixtures.form(EventKind.TRAINING, 5, false))
                .block(TIMEOUT).id();
    }

    @Override
    protected Stream<Case> apiCases() {
        String one = ROADSHOWS + "/{event}/registrations/{registration}";
        return Stream.of(
                Case.of("the firm's own registration", c -> c.get()
                                .uri(ROADSHOWS + "/{event}/registrations/mine?enterpriseId={firm}", event, firmA),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("one registration (with its check-in code)", c -> c.get().uri(one, event, registration),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("the pitch deck", c -> c.get().uri(one + "/deck", event, registration),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, FORBIDDEN),
                Case.of("edit the registration", c -> c.put().uri(one, event, registration)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(RoadshowApiTest.registration()),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("upload a deck", c -> c.post().uri(one + "/deck", event, registration)
                                .contentType(MediaType.MULTIPART_FORM_DATA).bodyValue(withoutFile()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("cancel the registration", c -> c.post().uri(one + "/cancel", otherEvent, toCancel),
                        OK, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
                Case.of("an event's registrations", c -> c.get().uri(ROADSHOWS + "/{event}/registrations", event),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("approve a registration", c -> c.post().uri(one + "/approve", event, registration)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, NOT_FOUND, NOT_FOUND, CONFLICT, FORBIDDEN, FORBIDDEN),
                Case.of("reject a registration", c -> c.post().uri(one + "/reject", event, registration)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "不符")),
                        FORBIDDEN, NOT_FOUND, NOT_FOUND, CONFLICT, FORBIDDEN, FORBIDDEN),
                Case.of("record an outcome", c -> c.put().uri(one + "/outcome", event, registration)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()),
                        FORBIDDEN, NOT_FOUND, NOT_FOUND, CONFLICT, FORBIDDEN, FORBIDDEN),
                Case.of("check in by code", c -> c.post().uri(ROADSHOWS + "/{event}/check-ins", event)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", code)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("create an event", c -> c.post().uri(ROADSHOWS).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(RoadshowApiTest.form(5, false)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, CREATED, FORBIDDEN, FORBIDDEN),
                Case.of("change an event", c -> c.put().uri(ROADSHOWS + "/{event}", draft)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(RoadshowApiTest.form(6, false)),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN),
                Case.of("close an event's registration", c -> c.post().uri(ROADSHOWS + "/{event}/close", UNKNOWN_ID),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
                Case.of("cancel an event", c -> c.post().uri(ROADSHOWS + "/{event}/cancel", UNKNOWN_ID)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "天气")),
                        FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN));
    }

    /**
     * An investor's system (a client holding only {@code roadshows:read}, as the realm's {@code demo-investor}):
     * of all these operations it reads an event's registrations and one registration, without the check-in code,
     * and every other one refuses it, whatever it names.
     */
    Stream<Arguments> investorMatrix() {
        Set<String> reads = Set.of("an event's registrations", "one registration (with its check-in code)");
        return apiCases().map(api -> Arguments.of(api, reads.contains(api.name()) ? OK : FORBIDDEN));
    }

    @ParameterizedTest(name = "{0} as an investor's system")
    @MethodSource("investorMatrix")
    void anInvestorsSystemReadsRegistrationsWithoutCodesAndNothingElse(Case api, HttpStatus status) {
        var response = api.call().on(web.mutateWith(Principals.integrationClient(Scopes.ROADSHOWS_READ).bearer()))
                .exchange().expectStatus().isEqualTo(status);
        if (status.isError()) {
            response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        } else {
            response.expectBody(String.class).value(body -> assertThat(body).contains(registration)
                    .doesNotContain("\"checkInCode\":\"" + code));
        }
    }

    private static MultiValueMap<String, String> withoutFile() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("note", "no file");
        return form;
    }

    @Override
    protected Stream<Case> pageCases() {
        return Stream.empty();
    }
}
