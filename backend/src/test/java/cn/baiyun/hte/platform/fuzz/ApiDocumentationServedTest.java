package cn.baiyun.hte.platform.fuzz;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API documentation on the real server, where BlockHound watches the event loops: the Swagger UI page, its
 * generated initializer and the contract are served without a blocking read on an event loop (they answered
 * 500 when springdoc read them from the class path on one).
 */
@PortalServerTest
class ApiDocumentationServedTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/swagger-ui/index.html", "/swagger-ui/swagger-initializer.js", "/v3/api-docs",
            "/v3/api-docs/swagger-config"})
    void isServed(String path) throws IOException {
        try (RawConnection connection = new RawConnection(port, Duration.ofSeconds(30))) {
            RawConnection.Response answer = connection.send("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/html,application/json,*/*\r\n\r\n").read();

            assertThat(answer.status()).as(path + ": " + answer.bodyText()).isEqualTo(200);
            assertThat(answer.body()).isNotEmpty();
        }
    }
}
