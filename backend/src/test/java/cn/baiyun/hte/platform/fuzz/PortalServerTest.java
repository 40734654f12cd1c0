package cn.baiyun.hte.platform.fuzz;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application listening on a random loopback port, on the in-memory embedded database, taking the
 * bearer tokens of {@link ServerTokens}: for tests that must speak raw HTTP on real connections. A request body
 * that stops arriving is given up after 3 s instead of production's 30 s.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "hte.server.read-timeout=3s"})
@ActiveProfiles("test")
@Import(ServerTokens.class)
public @interface PortalServerTest {
}
