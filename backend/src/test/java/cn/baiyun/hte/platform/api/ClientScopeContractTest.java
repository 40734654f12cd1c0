package cn.baiyun.hte.platform.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.baiyun.hte.platform.security.ClientScope;
import cn.baiyun.hte.platform.security.Scopes;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import io.swagger.v3.oas.annotations.Operation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract's client scopes are the code's: for every operation of the served contract, the scopes of its
 * {@code client} security requirement equal its handler's {@link ClientScope} (none: people only), and the API
 * behaves so: a client holding every scope but the ones an operation needs is refused with 403 problem+json
 * before anything else is looked at (the path's ids need not exist, the body is never read).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientScopeContractTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    /** Stands in for every path variable: an id that exists nowhere, which a year parameter cannot even read. */
    private static final String ANY_ID = "0123456789abcdef01234567";

    @Autowired
    WebTestClient web;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** The scopes each operation names in the served contract, by operation id; null for people only. */
    Map<String, List<String>> contract = new TreeMap<>();
    List<String[]> operations = new ArrayList<>();

    @BeforeAll
    void readTheServedContract() {
        String served = ServedContract.read(web, "/v3/api-docs");
        JsonNode paths = JsonMapper.builder().build().readTree(served).path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String id = method.getValue().path("operationId").asString();
                List<String> scopes = null;
                for (JsonNode requirement : method.getValue().path("security")) {
                    if (requirement.has(OpenApiConfiguration.CLIENT)) {
                        scopes = new ArrayList<>();
                        for (JsonNode scope : requirement.path(OpenApiConfiguration.CLIENT)) {
                            scopes.add(scope.asString());
                        }
                    }
                }
                contract.put(id, scopes);
                String body = method.getValue().path("requestBody").path("content").properties().stream()
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                operations.add(new String[] {id, method.getKey(), path.getKey(), body});
            }
        }
    }

    @Test
    void everyOperationsScopesInTheContractAreItsHandlers() {
        Map<String, List<String>> code = new TreeMap<>();
        handlers.getHandlerMethods().values().forEach(handler -> {
            Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
            if (operation != null && contract.containsKey(operation.operationId())) {
                ClientScope scope = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ClientScope.class);
                code.put(operation.operationId(), scope == null ? null : List.of(scope.value()));
            }
        });

        assertThat(contract).as("operations in the contract").hasSizeGreaterThan(100);
        assertThat(code.keySet()).as("operations with a handler").isEqualTo(contract.keySet());
        assertThat(code).as("client scopes by operation: contract vs @ClientScope").isEqualTo(contract);
        contract.values().stream().filter(scopes -> scopes != null).flatMap(List::stream)
                .forEach(scope -> assertThat(Scopes.ALL).as("declared scopes").containsKey(scope));
    }

    /** Public operations (anonymous callers get in) are left out: no token is needed, so no scope either. */
    @Test
    void aClientWithoutTheScopesOfAnOperationIsRefused() {
        List<String> checked = new ArrayList<>();
        for (String[] operation : operations) {
            List<String> needed = contract.get(operation[0]);
            String uri = operation[2].replaceAll("\\{[^}]+}", ANY_ID);
            HttpMethod method = HttpMethod.valueOf(operation[1].toUpperCase(java.util.Locale.ROOT));
            if (web.method(method).uri(uri).exchange().returnResult(String.class).getStatus()
                    != HttpStatus.UNAUTHORIZED) {
                continue;
            }
            String[] allBut = Scopes.ALL.keySet().stream()
                    .filter(scope -> needed == null || !needed.contains(scope)).toArray(String[]::new);
            if (needed != null && needed.isEmpty()) {
                continue; // any client token may call it
            }
            WebTestClient.RequestBodySpec request = web.mutateWith(Principals.integrationClient(allBut).bearer())
                    .method(method).uri(uri);
            if (operation[3] != null) {
                // The handler is found by its media type too; the body itself is never read.
                request.contentType(MediaType.parseMediaType(operation[3].startsWith("multipart/")
                        ? operation[3] + ";boundary=none" : operation[3])).bodyValue("{}");
            }
            request.exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType("application/problem+json");
            checked.add(operation[0]);
        }
        assertThat(checked).as("operations refused to a client without their scopes").hasSizeGreaterThan(90);
    }
}
