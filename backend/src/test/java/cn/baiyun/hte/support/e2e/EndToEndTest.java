package cn.baiyun.hte.support.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on the free port of {@link EndToEndPorts} (which the test realm's redirect URIs name),
 * against the real Keycloak of {@link KeycloakTestServer} and a fresh in-memory database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = EndToEndPorts.class)
@ActiveProfiles("test")
public @interface EndToEndTest {
}
