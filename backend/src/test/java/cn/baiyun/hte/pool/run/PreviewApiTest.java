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

/** Every worked example, posted with its keys camelCased, comes back as its camelCased expected result. */
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
