package cn.baiyun.hte.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.baiyun.hte.support.keycloak.ProjectFiles;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every overlay keeps, checked on what kustomize renders: locked-down, probed and bounded
 * containers; pinned images; a disruption budget for every Deployment; the management port behind no Ingress
 * and open to Prometheus only; default-deny networking; no credential outside a Secret and no Secret with a
 * value that is not a marked demo value; every Secret the manifests need either made here, made by an
 * operator, or named in the README's "Deploy" section.
 */
class ManifestPolicyTest {

    static final int MANAGEMENT_PORT = 8081;
    static final String MANAGEMENT_PORT_NAME = "management";
    static final String DEMO_LABEL = "hte.baiyun.cn/demo-values";
    private static final Pattern CREDENTIAL_NAME = Pattern.compile("(?i).*(password|secret|token|credential).*");

    static List<String> overlays() {
        return RenderedManifests.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerIsProbedBoundedAndLockedDown(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        List<PodTemplateSpec> templates = podTemplates(rendered);
        assertThat(templates).as("%s renders workloads", overlay).isNotEmpty();
        for (PodTemplateSpec template : templates) {
            PodSpec pod = template.getSpec();
            PodSecurityContext podSecurity = Objects.requireNonNullElse(pod.getSecurityContext(), new PodSecurityContext());
            assertThat(pod.getAutomountServiceAccountToken()).as("service account token mounted").isFalse();
            for (Container container : Stream.concat(pod.getContainers().stream(), pod.getInitContainers().stream()).toList()) {
                String which = overlay + ": container " + container.getName();
                assertThat(container.getStartupProbe()).as(which + " startup probe").isNotNull();
                assertThat(container.getLivenessProbe()).as(which + " liveness probe").isNotNull();
                assertThat(container.getReadinessProbe()).as(which + " readiness probe").isNotNull();
                assertThat(container.getResources().getRequests()).as(which + " requests").containsKeys("cpu", "memory");
                assertThat(container.getResources().getLimits()).as(which + " limits").containsKeys("cpu", "memory");
                SecurityContext security = container.getSecurityContext();
                assertThat(security).as(which + " security context").isNotNull();
                assertThat(Objects.requireNonNullElse(security.getRunAsNonRoot(), podSecurity.getRunAsNonRoot()))
                        .as(which + " runAsNonRoot").isTrue();
                assertThat(security.getReadOnlyRootFilesystem()).as(which + " readOnlyRootFilesystem").isTrue();
                assertThat(security.getAllowPrivilegeEscalation()).as(which + " allowPrivilegeEscalation").isFalse();
                assertThat(security.getCapabilities().getDrop()).as(which + " capabilities dropped").contains("ALL");
                assertThat(security.getCapabilities().getAdd()).as(which + " capabilities added").isEmpty();
                String seccomp = security.getSeccompProfile() != null ? security.getSeccompProfile().getType()
                        : podSecurity.getSeccompProfile() != null ? podSecurity.getSeccompProfile().getType() : null;
                assertThat(seccomp).as(which + " seccomp profile").isEqualTo("RuntimeDefault");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePortalIsProbedOnTheManagementPortAndShutsDownWithinItsGracePeriod(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        Deployment portal = rendered.one(Deployment.class, "hte-portal");
        Container container = portal.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (Probe probe : List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())) {
            assertThat(containerPort(container, probe.getHttpGet().getPort())).isEqualTo(MANAGEMENT_PORT);
        }
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        Map<String, String> settings = settings(rendered);
        assertThat(settings).containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT))
                .containsEntry("SPRING_PROFILES_ACTIVE", "production");

        long preStop = container.getLifecycle().getPreStop().getSleep().getSeconds();
        Duration shutdown = Duration.ofSeconds(Long.parseLong(
                settings.get("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE").replace("s", "")));
        assertThat(portal.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .as("grace period covers the pre-stop pause and the graceful shutdown")
                .isGreaterThan(preStop + shutdown.toSeconds());
        assertThat(portal.getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(volume -> assertThat(volume.getEmptyDir()).isNotNull());
        assertThat(container.getVolumeMounts()).singleElement()
                .satisfies(mount -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
        assertThat(portal.getSpec().getTemplate().getSpec().getTopologySpreadConstraints())
                .anySatisfy(spread -> assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageIsPinned(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        List<String> images = new ArrayList<>();
        rendered.documents().forEach(document -> collectImages(document, images));
        assertThat(images).as("%s: images", overlay).isNotEmpty().allSatisfy(image -> {
            assertThat(image).as("image %s has a tag or digest", image).matches(".+?(:[\\w][\\w.-]*|@sha256:[0-9a-f]{64})$");
            assertThat(image).as("image %s", image).doesNotEndWith(":latest");
        });
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyDeploymentHasADisruptionBudgetAndAnAutoscaler(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(rendered.all(PodDisruptionBudget.class))
                    .as("%s: a PodDisruptionBudget for %s", overlay, deployment.getMetadata().getName())
                    .anySatisfy(budget -> assertThat(selects(budget.getSpec().getSelector(), labels)).isTrue());
            assertThat(rendered.all(HorizontalPodAutoscaler.class))
                    .anySatisfy(autoscaler -> {
                        assertThat(autoscaler.getSpec().getScaleTargetRef().getName())
                                .isEqualTo(deployment.getMetadata().getName());
                        assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(deployment.getSpec().getReplicas());
                        assertThat(autoscaler.getSpec().getMetrics()).singleElement()
                                .satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theManagementPortIsReachableByNoIngress(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        List<Ingress> ingresses = rendered.all(Ingress.class);
        assertThat(ingresses).isNotEmpty();
        for (Ingress ingress : ingresses) {
            List<IngressServiceBackend> backends = new ArrayList<>();
            if (ingress.getSpec().getDefaultBackend() != null) {
                backends.add(ingress.getSpec().getDefaultBackend().getService());
            }
            ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths()
                    .forEach(path -> backends.add(path.getBackend().getService())));
            for (IngressServiceBackend backend : backends) {
                Service service = rendered.one(Service.class, backend.getName());
                ServicePort port = service.getSpec().getPorts().stream()
                        .filter(candidate -> backend.getPort().getName() != null
                                ? backend.getPort().getName().equals(candidate.getName())
                                : backend.getPort().getNumber().equals(candidate.getPort()))
                        .findFirst().orElseThrow(() -> new AssertionError("Ingress port not on the Service"));
                for (Deployment deployment : rendered.all(Deployment.class)) {
                    if (selects(service.getSpec().getSelector(), deployment.getSpec().getTemplate().getMetadata().getLabels())) {
                        for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                            assertThat(containerPort(container, port.getTargetPort()))
                                    .as("%s: Ingress %s reaches", overlay, ingress.getMetadata().getName())
                                    .isNotEqualTo(MANAGEMENT_PORT);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void networkPoliciesDenyByDefaultAndOpenTheManagementPortToMonitoringOnly(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        assertThat(rendered.all(NetworkPolicy.class)).anySatisfy(policy -> {
            assertThat(policy.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(policy.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(policy.getSpec().getIngress()).isEmpty();
            assertThat(policy.getSpec().getEgress()).isEmpty();
        });
        Map<String, String> portalLabels = rendered.one(Deployment.class, "hte-portal").getSpec().getTemplate()
                .getMetadata().getLabels();
        List<NetworkPolicyIngressRule> portalIngress = rendered.all(NetworkPolicy.class).stream()
                .filter(policy -> selects(policy.getSpec().getPodSelector(), portalLabels))
                .flatMap(policy -> policy.getSpec().getIngress().stream()).toList();
        assertThat(portalIngress).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.getPorts()).as("every rule names its ports").isNotEmpty();
            assertThat(rule.getFrom()).as("every rule names its sources").isNotEmpty();
        });
        for (NetworkPolicyIngressRule rule : portalIngress) {
            boolean management = rule.getPorts().stream().anyMatch(port -> port.getPort().getIntVal() != null
                    && port.getPort().getIntVal() == MANAGEMENT_PORT);
            if (management) {
                assertThat(rule.getPorts()).hasSize(1);
                assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(
                        peer.getNamespaceSelector().getMatchLabels())
                        .containsEntry("kubernetes.io/metadata.name", "monitoring"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void credentialsComeFromSecretsOnly(String overlay) {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        for (PodTemplateSpec template : podTemplates(rendered)) {
            for (Container container : template.getSpec().getContainers()) {
                for (EnvVar variable : container.getEnv()) {
                    if (CREDENTIAL_NAME.matcher(variable.getName()).matches()) {
                        assertThat(variable.getValue()).as("%s: %s has a literal value", overlay, variable.getName()).isNull();
                        assertThat(variable.getValueFrom().getSecretKeyRef()).as(variable.getName()).isNotNull();
                    }
                }
            }
        }
        for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
            assertThat(configMap.getData().keySet()).as("%s: ConfigMap %s", overlay, configMap.getMetadata().getName())
                    .noneMatch(key -> CREDENTIAL_NAME.matcher(key).matches());
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noSecretHoldsAValueThatIsNotAMarkedDemoValue(String overlay) {
        for (Secret secret : RenderedManifests.of(overlay).all(Secret.class)) {
            assertThat(secret.getMetadata().getLabels()).as("%s: Secret %s is marked as demo values", overlay,
                    secret.getMetadata().getName()).containsEntry(DEMO_LABEL, "true");
            Map<String, String> values = new java.util.LinkedHashMap<>(secret.getStringData());
            secret.getData().forEach((key, value) ->
                    values.put(key, new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8)));
            assertThat(values).as("%s: Secret %s", overlay, secret.getMetadata().getName()).isNotEmpty()
                    .allSatisfy((key, value) -> assertThat(value).as(key).contains("demo"));
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretNeededIsMadeHereByAnOperatorOrNamedInTheReadme(String overlay) throws IOException {
        RenderedManifests rendered = RenderedManifests.of(overlay);
        Set<String> needed = new LinkedHashSet<>();
        for (PodTemplateSpec template : podTemplates(rendered)) {
            template.getSpec().getContainers().forEach(container -> container.getEnv().stream()
                    .filter(variable -> variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null)
                    .forEach(variable -> needed.add(variable.getValueFrom().getSecretKeyRef().getName())));
        }
        rendered.documents().forEach(document -> collectSecretReferences(document, needed));
        Set<String> available = new LinkedHashSet<>();
        rendered.all(Secret.class).forEach(secret -> available.add(secret.getMetadata().getName()));
        rendered.ofKind("mongodbcommunity.mongodb.com/v1", "MongoDBCommunity").forEach(mongo -> listAt(mongo, "spec", "users")
                .forEach(user -> available.add(String.valueOf(user.get("connectionStringSecretName")))));
        // CloudNativePG writes the application owner's credentials into <cluster>-app.
        rendered.ofKind("postgresql.cnpg.io/v1", "Cluster").forEach(cluster ->
                available.add(RenderedManifests.map(cluster.get("metadata")).get("name") + "-app"));
        String readme = Files.readString(ProjectFiles.root().resolve("README.md"));
        int deploy = readme.indexOf("\n## Deploy");
        assertThat(deploy).as("README.md has a section \"Deploy\"").isNotNegative();
        int next = readme.indexOf("\n## ", deploy + 1);
        String deploySection = readme.substring(deploy, next < 0 ? readme.length() : next);
        for (String name : needed) {
            assertThat(available.contains(name) || deploySection.contains(name))
                    .as("%s: the Secret %s is neither in the overlay, made by an operator, nor named in the README's "
                            + "Deploy section", overlay, name)
                    .isTrue();
        }
        assertThat(needed).contains("hte-portal-web-client", "hte-mongodb-portal-password", "hte-mongodb-portal-connection");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void thePortalWritesWithMajorityAndRetriesWrites(String overlay) {
        Map<String, Object> mongo = RenderedManifests.of(overlay)
                .ofKind("mongodbcommunity.mongodb.com/v1", "MongoDBCommunity").get(0);
        Map<String, Object> options = RenderedManifests.map(RenderedManifests.map(mongo.get("spec"))
                .get("additionalConnectionStringConfig"));
        assertThat(options).containsEntry("w", "majority").containsEntry("retryWrites", true);
        assertThat(listAt(mongo, "spec", "users")).singleElement().satisfies(user -> {
            assertThat(user.get("connectionStringSecretName")).isEqualTo("hte-mongodb-portal-connection");
            assertThat(user.get("roles").toString()).contains("readWrite").contains("db=hte");
        });
        assertThat(RenderedManifests.map(RenderedManifests.map(mongo.get("spec")).get("statefulSet")).toString())
                .contains("volumeClaimTemplates");
    }

    static List<PodTemplateSpec> podTemplates(RenderedManifests rendered) {
        List<PodTemplateSpec> templates = new ArrayList<>();
        rendered.all(Deployment.class).forEach(deployment -> templates.add(deployment.getSpec().getTemplate()));
        rendered.all(StatefulSet.class).forEach(set -> templates.add(set.getSpec().getTemplate()));
        return templates;
    }

    static Map<String, String> settings(RenderedManifests rendered) {
        return rendered.all(ConfigMap.class).stream()
                .filter(configMap -> configMap.getMetadata().getName().startsWith("hte-portal-settings"))
                .findFirst().orElseThrow().getData();
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        return selects(selector.getMatchLabels(), labels) && selector.getMatchExpressions().isEmpty();
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static int containerPort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(candidate -> port.getStrVal().equals(candidate.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    /** Every "image" and "imageName" anywhere, custom resources included. */
    private static void collectImages(Object node, List<String> images) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("image".equals(key) || "imageName".equals(key)) && value instanceof String image) {
                    images.add(image);
                } else {
                    collectImages(value, images);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectImages(item, images));
        }
    }

    /** Secret names the custom resources refer to: passwordSecretRef, usernameSecret, placeholders' secret. */
    private static void collectSecretReferences(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (Set.of("passwordSecretRef", "usernameSecret", "passwordSecret", "secret").contains(String.valueOf(key))
                        && value instanceof Map<?, ?> reference && reference.get("name") instanceof String name) {
                    names.add(name);
                } else {
                    collectSecretReferences(value, names);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectSecretReferences(item, names));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> listAt(Map<String, Object> document, String object, String field) {
        return (List<Map<String, Object>>) RenderedManifests.map(document.get(object)).get(field);
    }
}
