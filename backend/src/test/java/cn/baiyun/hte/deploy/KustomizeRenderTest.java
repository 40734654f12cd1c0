package cn.baiyun.hte.deploy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay renders with {@code kubectl kustomize}, and what it renders is what the API server and the
 * operators read: every built-in resource parses into fabric8's model with no field the model does not know,
 * every custom resource is of a kind this deployment assumes an operator for and has only the fields that
 * operator documents (OperatorSchemas), and nothing is left of the host markers.
 */
class KustomizeRenderTest {

    static List<String> overlays() {
        return RenderedManifests.overlays();
    }

    @Test
    void bothOverlaysExist() {
        assertThat(overlays()).containsExactly("local", "production");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyBuiltInResourceParsesWithoutUnknownFields(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        assertThat(rendered.resources()).hasSize(rendered.documents().size()).isNotEmpty();
        for (HasMetadata resource : rendered.resources()) {
            if (resource instanceof GenericKubernetesResource custom) {
                assertThat(OperatorSchemas.knows(rendered.documents().get(rendered.resources().indexOf(resource))))
                        .as("%s: %s %s is neither a built-in kind nor a custom resource of an assumed operator",
                                overlay, custom.getApiVersion(), custom.getKind())
                        .isTrue();
                continue;
            }
            List<String> unknown = new ArrayList<>();
            collectUnknownFields(resource, resource.getKind() + " " + resource.getMetadata().getName(), unknown);
            assertThat(unknown).as("%s: fields the Kubernetes API does not know", overlay).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyCustomResourceHasOnlyTheFieldsItsOperatorDocuments(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        for (OperatorSchemas schema : OperatorSchemas.values()) {
            List<Map<String, Object>> documents = rendered.ofKind(schema.apiVersion(), schema.kind());
            assertThat(documents).as("%s renders a %s", overlay, schema.kind()).isNotEmpty();
            for (Map<String, Object> document : documents) {
                assertThat(schema.violations(document)).as("%s: %s %s", overlay, schema.kind(),
                        RenderedManifests.map(document.get("metadata")).get("name")).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyHostMarkerIsReplaced(String overlay) {
        String rendered = RenderedManifests.of(overlay).documents().toString();
        assertThat(rendered).doesNotContain("PORTAL_HOST", RealmImports.PORTAL_ORIGIN, "KEYCLOAK_ORIGIN");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingLivesInTheRestrictedNamespace(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        Namespace namespace = rendered.one(Namespace.class, "hte");
        assertThat(namespace.getMetadata().getLabels())
                .containsEntry("pod-security.kubernetes.io/enforce", "restricted");
        assertThat(rendered.resources()).filteredOn(resource -> !(resource instanceof Namespace))
                .filteredOn(resource -> !"hte".equals(resource.getMetadata().getNamespace()))
                .extracting(resource -> resource.getKind() + " " + resource.getMetadata().getName())
                .as("%s: resources outside the namespace hte", overlay).isEmpty();
    }

    /**
     * fabric8's model keeps what it does not know in {@code additionalProperties}: a typo, or a field of another
     * API version, that the API server would refuse or drop.
     */
    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> collectUnknownFields(value, path + "." + key, unknown));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model") || node.getClass().isEnum()) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                collectUnknownFields(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object node) {
        try {
            return getter.invoke(node);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + " of " + node.getClass(), e);
        }
    }
}
