package cn.baiyun.hte.deploy;

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
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.baiyun.hte.support.ExternalMongo;
import cn.baiyun.hte.support.keycloak.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What backend/Dockerfile does, done here without a container engine: the packaged jar's layers extracted with
 * the Dockerfile's own RUN command, copied into one directory in the order of its COPY lines, and the portal
 * started there with its ENTRYPOINT (JarLauncher from the launcher layer, the JVM options of the image), with the
 * cluster's settings (k8s/base/portal/settings.env) against a database in its own process. It must become
 * healthy on the management port, serve pages on the public one, write nothing into its directory (the image's
 * root filesystem is read-only) and stop on SIGTERM within the pod's grace period.
 * <p>
 * It needs the jar that {@code package} builds, so the build runs it after {@code package} (backend/pom.xml,
 * execution {@code image-entrypoint}); without a current jar it fails, it does not skip.
 */
class ImageEntrypointTest {

    private static final Path DOCKERFILE = ProjectFiles.root().resolve("backend/Dockerfile");
    private static final Pattern EXTRACT = Pattern.compile("(?m)^RUN (java -Djarmode=tools -jar app\\.jar extract .+)$");
    private static final Pattern LAYER_COPY = Pattern.compile("(?m)^COPY --from=layers /layers/(\\S+)/ \\./$");
    private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT (\\[.+])$");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(30);

    private static Path jar;
    private static String dockerfile;

    @BeforeAll
    static void findThePackagedJar() throws IOException {
        dockerfile = Files.readString(DOCKERFILE);
        Path target = ProjectFiles.root().resolve("backend/target");
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(file -> file.getFileName().toString().matches("hte-portal-backend-.+\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("No packaged jar in " + target
                            + ": this test runs after `package` (./mvnw verify does both)"));
        }
        FileTime newestClass;
        try (Stream<Path> classes = Files.walk(target.resolve("classes"))) {
            newestClass = classes.filter(file -> file.toString().endsWith(".class")).map(ImageEntrypointTest::modified)
                    .max(FileTime::compareTo).orElseThrow();
        }
        assertThat(modified(jar)).as(jar + " is older than the compiled classes: run ./mvnw verify, which packages "
                + "the jar before this test").isGreaterThanOrEqualTo(newestClass);
    }

    @Test
    void theDockerfileCopiesEveryLayerOfTheJarInItsOrder(@TempDir Path work) throws Exception {
        Path copy = Files.copy(jar, work.resolve("app.jar"));
        List<String> layers = run(work, List.of(java(), "-Djarmode=tools", "-jar", copy.toString(), "list-layers"))
                .lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        assertThat(layers).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        assertThat(layerCopies()).containsExactlyElementsOf(layers.stream().map(layer -> "extracted/" + layer).toList());
        assertThat(dockerfile).contains("USER 10001:10001").contains("EXPOSE 8080 8081").containsPattern("FROM \\$\\{JRE_IMAGE}")
                .containsPattern("ARG JRE_IMAGE=eclipse-temurin:17\\.[\\d.]+_\\d+-jre-\\w+");
        assertThat(entrypoint()).contains("-XX:+ExitOnOutOfMemoryError").anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="))
                .endsWith("org.springframework.boot.loader.launch.JarLauncher");
    }

    @Test
    void thePortalStartsFromTheExtractedLayersWithTheDockerfilesEntrypoint(@TempDir Path work) throws Exception {
        Files.copy(jar, work.resolve("app.jar"));
        Matcher extract = EXTRACT.matcher(dockerfile);
        assertThat(extract.find()).as("the Dockerfile's RUN line that extracts the layers").isTrue();
        List<String> command = new ArrayList<>(List.of(extract.group(1).split(" ")));
        command.set(0, java());
        run(work, command);

        Path app = Files.createDirectory(work.resolve("app"));
        for (String layer : layerCopies()) {
            copyInto(work.resolve(layer), app);
        }
        Set<Path> shipped = files(app);
        List<String> entrypoint = new ArrayList<>(entrypoint());
        entrypoint.set(0, java());

        int port = freePort();
        int managementPort = freePort();
        Path log = ProjectFiles.root().resolve("backend/target/image-entrypoint/portal.log");
        Files.createDirectories(log.getParent());
        try (ExternalMongo database = ExternalMongo.start("256m")) {
            ProcessBuilder builder = new ProcessBuilder(entrypoint).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(clusterSettings(port, managementPort));
            // what the cluster gives from Secrets (the Deployment's secretKeyRefs)
            builder.environment().put("SPRING_MONGODB_URI", database.uri("hte"));
            builder.environment().put("HTE_KEYCLOAK_CLIENT_SECRET", "image-test-client-secret");
            Process portal = builder.start();
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                String health = awaitHealthy(http, portal, managementPort, log);
                assertThat(JsonMapper.builder().build().readTree(health).path("status").asString()).isEqualTo("UP");
                for (String probe : List.of("liveness", "readiness")) {
                    assertThat(get(http, "http://127.0.0.1:" + managementPort + "/actuator/health/" + probe).statusCode())
                            .as(probe).isEqualTo(200);
                }
                assertThat(get(http, "http://127.0.0.1:" + port + "/").statusCode()).as("the home page").isEqualTo(200);
                assertThat(get(http, "http://127.0.0.1:" + port + "/actuator/health").statusCode())
                        .as("actuator on the public port").isNotEqualTo(200);
                assertThat(files(app)).as("files the portal wrote into its read-only directory")
                        .containsExactlyInAnyOrderElementsOf(shipped);
            } finally {
                portal.destroy();
                assertThat(portal.waitFor(GRACE_PERIOD.toSeconds(), TimeUnit.SECONDS))
                        .as("stopped on SIGTERM within the pod's grace period").isTrue();
                portal.destroyForcibly();
            }
        }
    }

    /** The Dockerfile's layer directories, in the order it copies them. */
    private static List<String> layerCopies() {
        List<String> layers = new ArrayList<>();
        Matcher copy = LAYER_COPY.matcher(dockerfile);
        while (copy.find()) {
            layers.add(copy.group(1));
        }
        return layers;
    }

    private static List<String> entrypoint() {
        Matcher entrypoint = ENTRYPOINT.matcher(dockerfile);
        assertThat(entrypoint.find()).as("the Dockerfile's ENTRYPOINT in exec form").isTrue();
        return List.of(JsonMapper.builder().build().readValue(entrypoint.group(1), String[].class));
    }

    /**
     * The settings the cluster gives the portal (k8s/base/portal/settings.env), on free local ports; the host
     * markers that the overlays fill in become this machine's addresses.
     */
    private static Map<String, String> clusterSettings(int port, int managementPort) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ProjectFiles.root().resolve("k8s/base/portal/settings.env"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        settings.replaceAll((name, value) -> value.replace(RealmImports.PORTAL_ORIGIN, "http://127.0.0.1:" + port)
                .replace("KEYCLOAK_ORIGIN", "http://127.0.0.1:" + freePort()));
        settings.put("HTE_PORT", String.valueOf(port));
        settings.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
        settings.put("HTE_KEYCLOAK_INTERNAL_URL", "http://127.0.0.1:" + freePort());
        settings.put("SERVER_ADDRESS", "127.0.0.1");
        settings.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
        return settings;
    }

    private static String awaitHealthy(HttpClient http, Process portal, int managementPort, Path log)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!portal.isAlive()) {
                throw new AssertionError("The portal exited with " + portal.exitValue() + "; its output ends:\n" + tail(log));
            }
            try {
                HttpResponse<String> health = get(http, "http://127.0.0.1:" + managementPort + "/actuator/health");
                if (health.statusCode() == 200) {
                    return health.body();
                }
            } catch (IOException notYet) {
                // listens once started
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not healthy within " + START_TIMEOUT + "; its output ends:\n" + tail(log));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        // generous: the first page a cold JVM renders takes seconds on a busy two-core machine
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String run(Path directory, List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
        return output;
    }

    private static void copyInto(Path layer, Path app) throws IOException {
        try (Stream<Path> files = Files.walk(layer)) {
            for (Path file : files.toList()) {
                Path to = app.resolve(layer.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Set<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return Set.copyOf(files.map(directory::relativize).toList());
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
