package cn.baiyun.hte.platform.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract {@code openapi/portal-api.yaml} is what integrators code against; it must be
 * exactly what the application serves. Run with {@code -Dopenapi.refresh=true} to rewrite it.
 */
@PortalIntegrationTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi", "portal-api.yaml");
    private static final int CONTRACT_LIMIT = 4 * 1024 * 1024;

    @Autowired
    WebTestClient web;

    @Test
    void committedContractEqualsTheServedOne() throws IOException {
        // The contract is larger than the request body limit the portal's codecs share with this client.
        String served = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(CONTRACT_LIMIT)).build()
                .get().uri("/v3/api-docs.yaml").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("openapi/portal-api.yaml differs from what the application serves. If the API change is "
                        + "intended, refresh the contract with: ./mvnw -pl backend test "
                        + "-Dtest=OpenApiContractTest -Dopenapi.refresh=true -Dsurefire.failIfNoSpecifiedTests=false "
                        + "and commit it")
                .isEqualTo(served);
    }
}
