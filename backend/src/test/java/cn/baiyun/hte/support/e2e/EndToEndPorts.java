package cn.baiyun.hte.support.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The ports of the end-to-end tests' application and Keycloak: free ones, chosen once per test JVM, so
 * that two builds on one machine never collide. Keycloak's realm names the application's port in its
 * redirect URIs, so both are known before either starts ({@link KeycloakTestServer} imports the realm
 * with this application port).
 */
public final class EndToEndPorts implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final int APP = freePort(0);
    public static final int KEYCLOAK = freePort(APP);
    public static final String APP_URL = "http://localhost:" + APP;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK;

    /**
     * Gives the application its port, Keycloak's address and the test mail server ({@link EndToEndMail});
     * {@link EndToEndTest} names this initializer.
     */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("end-to-end-ports", Map.of(
                "server.port", APP, "server.address", "127.0.0.1", "hte.keycloak.url", KEYCLOAK_URL)));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("end-to-end-mail",
                EndToEndMail.properties()));
    }

    /** A port nothing listens on now (and not {@code taken}); the small race until it is bound is accepted. */
    private static int freePort(int taken) {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                if (socket.getLocalPort() != taken) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No free port on the loopback interface", e);
            }
        }
    }
}
