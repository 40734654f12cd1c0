package cn.baiyun.hte.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation whose success answers carry no body takes the request that the client generated from the
 * contract makes of it: that client asks such an operation only for what its error answers can be
 * ({@code Accept: application/problem+json}, the one content type the contract names for it). Handlers held to
 * their controller's {@code application/json} never matched that request, and each call, deleting a webhook or
 * an IP asset among them, failed with 406 before it ran. Here every such operation is called so by an admin,
 * with ids that exist nowhere: whatever it answers (204, 403, 404), it is not 406.
 */
@PortalIntegrationTest
class NoBodyOperationsTest {

    private static final int CONTRACT_LIMIT = 4 * 1024 * 1024;
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String ANY_ID = "0123456789abcdef01234567";

    @Autowired
    WebTestClient web;

    @Test
    void everyOperationAnsweringNoBodyTakesTheGeneratedClientsAccept() {
        List<String[]> operations = noBodyOperations();
        assertThat(operations).extracting(operation -> operation[0])
                .contains("deleteWebhook", "deleteIpAsset", "deleteAchievement", "deleteRdProject", "markAllMyNoticesRead");

        SoftAssertions softly = new SoftAssertions();
        for (String[] operation : operations) {
            String path = operation[2].replaceAll("\\{[^}]+}", ANY_ID);
            HttpStatus status = HttpStatus.valueOf(web.mutateWith(Principals.admin().bearer())
                    .method(HttpMethod.valueOf(operation[1].toUpperCase())).uri(path)
                    .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                    .exchange().returnResult(Void.class).getStatus().value());
            softly.assertThat(status).as(operation[0]).isNotEqualTo(HttpStatus.NOT_ACCEPTABLE);
        }
        softly.assertAll();
    }

    /** Operation id, method and path of the served contract's operations whose 2xx answers name no content. */
    private List<String[]> noBodyOperations() {
        String served = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(CONTRACT_LIMIT)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        List<String[]> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : JsonMapper.builder().build().readTree(served).path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                boolean bodiless = method.getValue().path("responses").properties().stream()
                        .filter(response -> response.getKey().startsWith("2"))
                        .allMatch(response -> response.getValue().path("content").isEmpty());
                if (bodiless) {
                    found.add(new String[] {method.getValue().path("operationId").asString(), method.getKey(), path.getKey()});
                }
            }
        }
        return found;
    }
}
