package cn.baiyun.hte.support.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on the fixed port that the realm's redirect URIs name, against the real Keycloak of
 * {@link KeycloakTestServer} and a fresh in-memory database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"server.port=" + EndToEndTest.APP_PORT, "server.address=127.0.0.1",
                "hte.keycloak.url=http://localhost:" + KeycloakTestServer.PORT})
@ActiveProfiles("test")
public @interface EndToEndTest {

    int APP_PORT = 18080;
    String APP_URL = "http://localhost:" + APP_PORT;
}
