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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import cn.baiyun.hte.PortalApplication;

/**
 * The application in a JVM of its own, on the embedded database with the H2 backend, its file in a
 * directory of the caller's: a fault drill can kill it as a crash would ({@link #kill}: SIGKILL, no
 * shutdown hook, nothing flushed) and start it again on the same file. The child runs from the test
 * class path with the properties given (plus its ports, the database file and Keycloak's address), logs
 * into {@code portal-<n>.log} beside the database, and is ready when its readiness probe says UP. Its
 * database listens on a fixed loopback port for the whole drill, so the drill can read what was stored.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Process process;
    private final int port;

    private PortalProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The settings of one application, kept across its restarts. */
    public record Settings(Path dataDir, int port, int databasePort, String keycloakUrl, Map<String, String> properties) {

        /** Free ports, the database in {@code dataDir}, the given extra properties. */
        public static Settings in(Path dataDir, String keycloakUrl, Map<String, String> properties) {
            return new Settings(dataDir, freePort(), freePort(), keycloakUrl, properties);
        }

        public String databaseUri() {
            return "mongodb://127.0.0.1:" + databasePort + "/hte";
        }
    }

    /** Starts the application and waits until it is ready. */
    public static PortalProcess start(Settings settings) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), PortalApplication.class.getName(),
                "--server.port=" + settings.port(), "--server.address=127.0.0.1",
                "--hte.mongodb.embedded.enabled=true", "--hte.mongodb.embedded.backend=h2",
                "--hte.mongodb.embedded.file=" + settings.dataDir().resolve("mongo.mv").toAbsolutePath(),
                "--hte.mongodb.embedded.port=" + settings.databasePort(),
                "--hte.keycloak.url=" + settings.keycloakUrl()));
        settings.properties().forEach((name, value) -> command.add("--" + name + "=" + value));
        try {
            Files.createDirectories(settings.dataDir());
            Path log = nextLog(settings.dataDir());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            PortalProcess portal = new PortalProcess(process, settings.port());
            portal.awaitReady(log);
            return portal;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the application", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process as a crash does (SIGKILL) and waits until it is gone. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the process gracefully, forcibly if it does not stop in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void awaitReady(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + "; its log ends:\n" + tail(log));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(250));
        }
        kill();
        throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + "; its log ends:\n"
                + tail(log));
    }

    private static Path nextLog(Path dataDir) throws IOException {
        try (Stream<Path> files = Files.list(dataDir)) {
            long started = files.filter(file -> file.getFileName().toString().startsWith("portal-")).count();
            return dataDir.resolve("portal-" + (started + 1) + ".log");
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
