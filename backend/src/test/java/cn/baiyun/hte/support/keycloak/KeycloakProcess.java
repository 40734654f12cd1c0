package cn.baiyun.hte.support.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Keycloak, started from the distribution that Maven unpacked into {@code backend/target/keycloak},
 * with the project's realm imported. Used by the local run and by the end-to-end tests, each with its
 * own port and its own database so that both can run at once.
 */
public final class KeycloakProcess implements AutoCloseable {

    public static final String REALM = "hte";
    /** Three minutes; {@code -Dhte.keycloak.start-timeout=PT6M} gives a machine under heavy load longer. */
    private static final Duration START_TIMEOUT = Duration.parse(System.getProperty("hte.keycloak.start-timeout", "PT3M"));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak with the project's realm, see {@link #start(int, Path, Path)}. */
    public static KeycloakProcess start(int port, Path dataDir) {
        return start(port, dataDir, ProjectFiles.realmFile());
    }

    /**
     * Starts Keycloak on {@code port} with its database under {@code dataDir}. The realm is imported when
     * the database is new or when the realm file changed since the last import; otherwise the existing
     * database is reused, which makes restarts faster.
     */
    public static KeycloakProcess start(int port, Path dataDir, Path realm) {
        Path home = home();
        try {
            resetWhenRealmChanged(dataDir, realm);
            Path importDir = home.resolve("data").resolve("import");
            Files.createDirectories(importDir);
            Files.copy(realm, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            Path log = dataDir.resolve("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=http://localhost:" + port,
                    "--import-realm", "--db=dev-file",
                    "--db-url=jdbc:h2:file:" + dataDir.resolve("keycloakdb").toAbsolutePath() + ";NON_KEYWORDS=VALUE"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakProcess keycloak = new KeycloakProcess(builder.start(), port, log);
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "keycloak-stop-" + port));
            keycloak.awaitRealm();
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + home, e);
        }
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; its log ends:\n" + tail());
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within " + START_TIMEOUT
                + "; its log ends:\n" + tail());
    }

    private String tail() {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void resetWhenRealmChanged(Path dataDir, Path realm) throws IOException {
        Path marker = dataDir.resolve("realm.sha256");
        String digest = sha256(realm);
        if (Files.exists(marker) && Files.readString(marker).equals(digest)) {
            return;
        }
        if (Files.exists(dataDir)) {
            try (Stream<Path> paths = Files.walk(dataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(dataDir);
        Files.writeString(marker, digest);
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path home() {
        String configured = System.getProperty("hte.keycloak.home");
        Path home = configured != null ? Path.of(configured)
                : ProjectFiles.root().resolve("backend/target/keycloak/keycloak-" + ProjectFiles.keycloakVersion());
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": run ./mvnw -pl backend generate-test-resources to unpack it from Maven Central");
        }
        return home;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
