package cn.baiyun.hte.support.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import cn.baiyun.hte.PortalApplication;
import org.springframework.boot.SpringApplication;

/**
 * The application in a JVM of its own (see {@link ChildJvm}), for drills that kill it with {@code kill -9}
 * and start it again. It runs from the test class path with the properties given, on a free port, with
 * the C1 compiler only (as the run command does) to start sooner.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Netty started on port (\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    public static final String MANAGEMENT_PORT = "management.server.port";

    private final ChildJvm jvm;
    private final int port;
    /** The port of the actuator endpoints: the application's own unless a management port was given. */
    private final int managementPort;

    private PortalProcess(ChildJvm jvm, int port, int managementPort) {
        this.jvm = jvm;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * Starts the application with {@code properties} (they win over application.yml, as command-line
     * arguments do) and waits until it has started and takes traffic; its output goes to {@code log}.
     */
    public static PortalProcess start(Map<String, String> properties, Path log) {
        return start(properties, Map.of(), log);
    }

    /**
     * As {@link #start(Map, Path)}, with {@code environment} added to the child's (e.g.
     * {@code SPRING_PROFILES_ACTIVE}, as a deployment sets it). Give {@value #MANAGEMENT_PORT} among the
     * properties (a {@link #freePort()}) when the actuator is to listen on a port of its own: readiness is
     * then awaited there.
     */
    public static PortalProcess start(Map<String, String> properties, Map<String, String> environment, Path log) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--spring.main.banner-mode=off", "--logging.level.de.bwaldvogel.mongo=ERROR"));
        properties.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ChildJvm jvm = ChildJvm.start(PortalProcess.class, List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=UTC", "-Duser.language=en"), arguments, environment, log);
        try {
            int port = Integer.parseInt(jvm.awaitLine(LISTENING, START_TIMEOUT).group(1));
            if (properties.containsKey(MANAGEMENT_PORT) && port == Integer.parseInt(properties.get(MANAGEMENT_PORT))) {
                // the management server may start first; the application's port is the other one
                port = Integer.parseInt(jvm.awaitLine(LISTENING, START_TIMEOUT).group(1));
            }
            int managementPort = properties.containsKey(MANAGEMENT_PORT)
                    ? Integer.parseInt(properties.get(MANAGEMENT_PORT)) : port;
            PortalProcess portal = new PortalProcess(jvm, port, managementPort);
            portal.awaitReady();
            return portal;
        } catch (RuntimeException e) {
            jvm.kill();
            throw e;
        }
    }

    /** The settings of one application on the embedded H2 database, kept across its restarts. */
    public record Settings(Path dataDir, int databasePort, String keycloakUrl, Map<String, String> properties) {

        /** A free port for the database, its file in {@code dataDir}, the given extra properties. */
        public static Settings in(Path dataDir, String keycloakUrl, Map<String, String> properties) {
            return new Settings(dataDir, freePort(), keycloakUrl, properties);
        }

        /** The embedded database as a drill reads it, on a fixed port across restarts. */
        public String databaseUri() {
            return "mongodb://127.0.0.1:" + databasePort + "/hte";
        }
    }

    /**
     * Starts the application on the embedded H2 database of {@code settings} and waits until it takes
     * traffic; each start logs into a new {@code portal-<n>.log} beside the database file.
     */
    public static PortalProcess start(Settings settings) {
        Map<String, String> properties = new LinkedHashMap<>(Map.of(
                "hte.mongodb.embedded.enabled", "true", "hte.mongodb.embedded.backend", "h2",
                "hte.mongodb.embedded.file", settings.dataDir().resolve("mongo.mv").toAbsolutePath().toString(),
                "hte.mongodb.embedded.port", String.valueOf(settings.databasePort()),
                "hte.keycloak.url", settings.keycloakUrl()));
        properties.putAll(settings.properties());
        try {
            Files.createDirectories(settings.dataDir());
            try (var files = Files.list(settings.dataDir())) {
                long started = files.filter(file -> file.getFileName().toString().startsWith("portal-")).count();
                return start(properties, settings.dataDir().resolve("portal-" + (started + 1) + ".log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the application", e);
        }
    }

    /**
     * Waits for readiness rather than Boot's "Started" line, which comes before the application runners
     * (the demo data among them) have run.
     */
    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!jvm.isAlive()) {
                throw new IllegalStateException("The application exited; its output ends:\n" + jvm.tail());
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(250);
            } catch (IOException notYet) {
                // answers once its runners are done
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Not ready within " + START_TIMEOUT + "; its output ends:\n" + jvm.tail());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the actuator answers: {@link #url()}, or the management port when one was given. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Every line the application printed so far. */
    public List<String> output() {
        return jvm.lines();
    }

    public long pid() {
        return jvm.pid();
    }

    /** {@code kill -9} of the application: no graceful shutdown, no store closed. */
    public void kill() {
        jvm.kill();
    }

    /** What the application printed last, for failure messages. */
    public String tail() {
        return jvm.tail();
    }

    @Override
    public void close() {
        jvm.close();
    }

    public static void main(String[] args) {
        ChildJvm.diesWithParent();
        SpringApplication.run(PortalApplication.class, args);
    }

    /** A port nothing listens on now on the loopback interface; the small race until it is bound is accepted. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
