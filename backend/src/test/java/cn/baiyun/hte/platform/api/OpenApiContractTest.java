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

    @Autowired
    WebTestClient web;

    @Test
    void committedContractEqualsTheServedOne() throws IOException {
        String served = ServedContract.read(web, "/v3/api-docs.yaml");

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
