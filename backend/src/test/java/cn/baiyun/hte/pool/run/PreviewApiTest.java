package cn.baiyun.hte.pool.run;

import java.util.stream.Stream;

import cn.baiyun.hte.assessment.WorkedExamples;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every worked example, HTE and tech-SME, posted with its keys camelCased to its operation, comes back as its
 * camelCased expected result; what is no snapshot is a 400 problem.
 */
@PortalIntegrationTest
class PreviewApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebTestClient web;

    static Stream<String> caseIds() {
        return WorkedExamples.hteCases().stream().map(example -> example.get("id").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseIds")
    void aWorkedExamplePostedAsItIsGetsItsExpectedResult(String id) {
        JsonNode example = WorkedExamples.hteCase(id);

        String body = post(Principals.firmUser("self-check"), WorkedExamples.camelCased(example.get("inputs")))
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        WorkedExamples.assertMatches(example.get("expected"), JSON.readTree(body), "$");
    }

    static Stream<String> techSmeCaseIds() {
        return WorkedExamples.techSmeCases().stream().map(example -> example.get("id").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("techSmeCaseIds")
    void aTechSmeWorkedExamplePostedAsItIsGetsItsExpectedResult(String id) {
        JsonNode example = WorkedExamples.techSmeCases().stream()
                .filter(candidate -> candidate.get("id").asString().equals(id)).findFirst().orElseThrow();

        String body = postTechSme(Principals.integrationClient(Scopes.ASSESSMENTS_PREVIEW),
                JSON.writeValueAsString(WorkedExamples.camelCased(example.get("inputs"))))
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        WorkedExamples.assertMatches(example.get("expected"), JSON.readTree(body), "$");
    }

    @Test
    void aTechSmeSnapshotWithoutAFigureOrWithImpossibleOnesGetsFieldErrorsAndNoDirectRouteIsOptional() {
        ObjectNode inputs = techSmeInputs();
        inputs.remove("employees");
        postTechSme(Principals.reviewer(), JSON.writeValueAsString(inputs)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("employees")
                .jsonPath("$.errors[0].code").isEqualTo("pool.snapshot.required");

        inputs.put("employees", 10).put("stStaff", 11).put("salesRevenueCny", -1);
        postTechSme(Principals.reviewer(), JSON.writeValueAsString(inputs)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'stStaff')].code").isEqualTo("pool.snapshot.exceeds_total")
                .jsonPath("$.errors[?(@.field == 'salesRevenueCny')].code").isEqualTo("pool.snapshot.negative");

        ObjectNode noDirectRoute = techSmeInputs();
        noDirectRoute.remove("directQualification");
        postTechSme(Principals.firmUser("self-check"), JSON.writeValueAsString(noDirectRoute)).expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(60).jsonPath("$.route").isEqualTo("score");
    }

    @Test
    void anHteSnapshotPostedForATechSmeEvaluationIsRefusedFieldByField() {
        String hte = JSON.writeValueAsString(WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs")));

        postTechSme(Principals.reviewer(), hte).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notATechSmeSnapshot")
    void aBodyThatIsNoTechSmeSnapshotIs400ProblemJson(String body) {
        postTechSme(Principals.firmUser("self-check"), body).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
    }

    static Stream<String> notATechSmeSnapshot() {
        String example = JSON.writeValueAsString(techSmeInputs());
        Stream<String> spoiled = Stream.of(
                example.replace("\"employees\":80", "\"employees\":99999999999"),
                example.replace("\"employees\":80", "\"employees\":\"eighty\""),
                example.replace("\"employees\":80", "\"employees\":0"),
                example.replace("\"salesRevenueCny\":30000000", "\"salesRevenueCny\":1e309"),
                example.replace("\"residentEnterprise\":true", "\"residentEnterprise\":null"));
        return Stream.concat(Stream.of("null", "[]", "\"s\"", "1", "{"),
                spoiled.peek(body -> assertThat(body).as("the example has the spoiled field").isNotEqualTo(example)));
    }

    @Test
    void departmentsAndClientsWithoutThePreviewScopeMayNotPreviewATechSme() {
        String inputs = JSON.writeValueAsString(techSmeInputs());

        postTechSme(Principals.department("工信局"), inputs).expectStatus().isForbidden();
        postTechSme(Principals.integrationClient("enterprises:read"), inputs).expectStatus().isForbidden();
    }

    private static ObjectNode techSmeInputs() {
        return (ObjectNode) WorkedExamples.camelCased(WorkedExamples.techSmeCases().get(0).get("inputs"));
    }

    private WebTestClient.ResponseSpec postTechSme(Principals caller, String body) {
        return web.mutateWith(caller.bearer()).post().uri("/api/v1/assessments/tech-sme-preview")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    @Test
    void aSnapshotWithoutItsFiguresGetsFieldErrors() {
        ObjectNode inputs = (ObjectNode) WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs"));
        inputs.remove("registrationDate");
        inputs.put("assessmentDate", "sometime");

        post(Principals.reviewer(), inputs).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("assessmentDate");
        inputs.put("assessmentDate", "2026-04-20");
        post(Principals.reviewer(), inputs).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("registrationDate")
                .jsonPath("$.errors[0].code").isEqualTo("pool.snapshot.required");
    }

    /** Were 500s: a body that is no object reached the checks as no snapshot, huge numbers failed the mapping. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("notASnapshot")
    void aBodyThatIsNoSnapshotIs400ProblemJson(String body) {
        web.mutateWith(Principals.firmUser("self-check").bearer()).post().uri("/api/v1/assessments/preview")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400);
    }

    static Stream<String> notASnapshot() {
        ObjectNode inputs = (ObjectNode) WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs"));
        String example = JSON.writeValueAsString(inputs);
        String amount = "\"mainBusinessRevenueCny\":";
        Stream<String> spoiled = Stream.of(
                example.replaceFirst(amount + "[0-9.]+", amount + "1e309"),
                example.replaceFirst(amount + "[0-9.]+", amount + "-2e400"),
                example.replaceFirst("\"class1Valid\":[0-9]+", "\"class1Valid\":9223372036854775808"),
                example.replaceFirst("\"class1Valid\":[0-9]+", "\"class1Valid\":99999999999999999999999"),
                example.replaceFirst("\"assessmentDate\":\"[0-9-]+\"", "\"assessmentDate\":-1"),
                example.replace("\"firmName\":\"", "\"firmName\":\"\\u0000"),
                example.replace("\"fiscalYears\":[", "\"fiscalYears\":[null,"),
                example.replace("\"techTransformationsByYear\":{", "\"techTransformationsByYear\":{\"二〇二四\":1,"));
        return Stream.concat(Stream.of("null", "[]", "\"s\"", "1", "1e309", "-1e309", "99999999999999999999", "{"),
                spoiled.peek(body -> assertThat(body).as("the example has the spoiled field").isNotEqualTo(example)));
    }

    @Test
    void departmentsAndClientsWithoutThePreviewScopeMayNotPreview() {
        JsonNode inputs = WorkedExamples.camelCased(WorkedExamples.hteCase("C01").get("inputs"));

        post(Principals.department("工信局"), inputs).expectStatus().isForbidden();
        post(Principals.integrationClient("enterprises:read"), inputs).expectStatus().isForbidden();
        post(Principals.integrationClient(Scopes.ASSESSMENTS_PREVIEW), inputs).expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(Principals caller, JsonNode snapshot) {
        return web.mutateWith(caller.bearer()).post().uri("/api/v1/assessments/preview")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(JSON.writeValueAsString(snapshot))
                .exchange();
    }
}
