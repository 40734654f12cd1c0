package cn.baiyun.hte.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import cn.baiyun.hte.support.keycloak.ProjectFiles;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * One overlay of k8s/ as {@code kubectl kustomize} renders it: each document as parsed YAML and as fabric8's
 * typed model (custom resources become {@link io.fabric8.kubernetes.api.model.GenericKubernetesResource}).
 * Rendered once per overlay and test run. kubectl is required: without it the tests fail, they never skip.
 */
record RenderedManifests(String overlay, List<Map<String, Object>> documents, List<HasMetadata> resources) {

    private static final Map<String, RenderedManifests> RENDERED = new ConcurrentHashMap<>();
    private static final JsonMapper MODEL = JsonMapper.builder().build();

    /** Every overlay under k8s/overlays. */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(ProjectFiles.root().resolve("k8s/overlays"))) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RenderedManifests of(String overlay) {
        return RENDERED.computeIfAbsent(overlay, RenderedManifests::render);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> T one(Class<T> type, String name) {
        return all(type).stream().filter(resource -> resource.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + " renders no " + type.getSimpleName() + " " + name));
    }

    /** The parsed documents of a custom resource's kind. */
    List<Map<String, Object>> ofKind(String apiVersion, String kind) {
        return documents.stream().filter(document -> apiVersion.equals(document.get("apiVersion"))
                && kind.equals(document.get("kind"))).toList();
    }

    Optional<Map<String, Object>> document(Predicate<Map<String, Object>> which) {
        return documents.stream().filter(which).findFirst();
    }

    private static RenderedManifests render(String overlay) {
        Path dir = ProjectFiles.root().resolve("k8s/overlays").resolve(overlay);
        String yaml = kustomize(dir);
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml(new LoaderOptions()).loadAll(yaml).forEach(document -> {
            if (document != null) {
                documents.add(map(document));
            }
        });
        List<HasMetadata> resources = documents.stream()
                .map(document -> (HasMetadata) MODEL.convertValue(document, KubernetesResource.class)).toList();
        return new RenderedManifests(overlay, documents, resources);
    }

    /** {@code kubectl kustomize dir}: kubectl's built-in kustomize, offline. */
    private static String kustomize(Path dir) {
        String kubectl = kubectl();
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", dir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + dir + " did not finish within 2 minutes");
            }
            String rendered = Files.readString(out, StandardCharsets.UTF_8);
            String errors = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed:\n" + errors);
            }
            return rendered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** kubectl from -Dhte.kubectl or the PATH; its absence fails the test (CI must install it). */
    static String kubectl() {
        String configured = System.getProperty("hte.kubectl");
        if (configured != null) {
            return configured;
        }
        return Stream.of(Objects.requireNonNullElse(System.getenv("PATH"), "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl")).filter(Files::isExecutable).map(Path::toString).findFirst()
                .orElseThrow(() -> new AssertionError("kubectl is needed to render k8s/ (kubectl kustomize, kustomize "
                        + "v5) and is not on the PATH. Install it (https://kubernetes.io/docs/tasks/tools/) or name "
                        + "it with -Dhte.kubectl=/path/to/kubectl; these tests do not skip without it."));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
