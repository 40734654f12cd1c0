package cn.baiyun.hte.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The custom resources' fields as their operators document them for the versions this deployment assumes
 * (README, "Deploy"), written down from the operators' CRDs and CRD classes: at each path the fields allowed
 * and the fields required. A field an operator does not know is a field it silently ignores (or, with the API
 * server's strict field validation, a rejected resource), so the render test holds every custom resource to
 * these.
 * <ul>
 * <li>MongoDBCommunity, mongodbcommunity.mongodb.com/v1: MongoDB Community operator 0.13.0
 * (config/crd/bases/mongodbcommunity.mongodb.com_mongodbcommunity.yaml)</li>
 * <li>Keycloak and KeycloakRealmImport, k8s.keycloak.org/v2alpha1: Keycloak operator 26.5 (operator/src/main/java/
 * org/keycloak/operator/crds/v2alpha1: KeycloakSpec and its spec classes, KeycloakRealmImportSpec, Placeholder)</li>
 * <li>Cluster, postgresql.cnpg.io/v1: CloudNativePG 1.30.0 (config/crd/bases/postgresql.cnpg.io_clusters.yaml)</li>
 * <li>ServiceMonitor, monitoring.coreos.com/v1: Prometheus operator 0.93.0
 * (example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml)</li>
 * </ul>
 */
enum OperatorSchemas {

    MONGODB_COMMUNITY("mongodbcommunity.mongodb.com/v1", "MongoDBCommunity", Map.of(
            "spec", fields(Set.of("security", "type", "users", "version"),
                    "additionalConnectionStringConfig", "additionalMongodConfig", "agent", "arbiters",
                    "automationConfig", "featureCompatibilityVersion", "memberConfig", "members", "prometheus",
                    "replicaSetHorizons", "security", "statefulSet", "type", "users", "version"),
            "spec.security", fields(Set.of(), "authentication", "roles", "tls"),
            "spec.security.authentication", fields(Set.of("modes"), "agentCertificateSecretRef", "agentMode",
                    "ignoreUnknownUsers", "modes"),
            "spec.users[]", fields(Set.of("name", "passwordSecretRef", "roles", "scramCredentialsSecretName"),
                    "additionalConnectionStringConfig", "connectionStringSecretName",
                    "connectionStringSecretNamespace", "db", "name", "passwordSecretRef", "roles",
                    "scramCredentialsSecretName"),
            "spec.users[].passwordSecretRef", fields(Set.of("name"), "key", "name"),
            "spec.users[].roles[]", fields(Set.of("db", "name"), "db", "name"),
            "spec.statefulSet", fields(Set.of("spec"), "metadata", "spec"))),

    KEYCLOAK("k8s.keycloak.org/v2alpha1", "Keycloak", Map.of(
            "spec", fields(Set.of(), "instances", "image", "startOptimized", "imagePullSecrets",
                    "additionalOptions", "http", "unsupported", "ingress", "features", "transaction", "db",
                    "hostname", "truststores", "cache", "resources", "proxy", "httpManagement", "scheduling",
                    "bootstrapAdmin", "networkPolicy", "tracing", "update", "readinessProbe", "livenessProbe",
                    "startupProbe"),
            "spec.db", fields(Set.of(), "vendor", "usernameSecret", "passwordSecret", "database", "host", "port",
                    "schema", "url", "poolInitialSize", "poolMinSize", "poolMaxSize"),
            "spec.db.usernameSecret", fields(Set.of("name", "key"), "name", "key", "optional"),
            "spec.db.passwordSecret", fields(Set.of("name", "key"), "name", "key", "optional"),
            "spec.http", fields(Set.of(), "tlsSecret", "httpEnabled", "httpPort", "httpsPort"),
            "spec.hostname", fields(Set.of(), "hostname", "admin", "strict", "backchannelDynamic"),
            "spec.ingress", fields(Set.of(), "enabled", "className", "annotations", "tlsSecret"),
            "spec.proxy", fields(Set.of(), "headers"),
            "spec.networkPolicy", fields(Set.of(), "enabled", "http", "https", "management"),
            "spec.scheduling", fields(Set.of(), "affinity", "tolerations", "topologySpreadConstraints",
                    "priorityClassName"))),

    KEYCLOAK_REALM_IMPORT("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", Map.of(
            "spec", fields(Set.of("keycloakCRName", "realm"), "keycloakCRName", "realm", "resources",
                    "placeholders", "labels"),
            "spec.placeholders.*", fields(Set.of("secret"), "secret"),
            "spec.placeholders.*.secret", fields(Set.of("name", "key"), "name", "key", "optional"))),

    CLOUDNATIVE_PG_CLUSTER("postgresql.cnpg.io/v1", "Cluster", Map.of(
            "spec", fields(Set.of("instances"), "affinity", "backup", "bootstrap", "certificates", "description",
                    "enablePDB", "enableSuperuserAccess", "env", "envFrom", "ephemeralVolumeSource",
                    "ephemeralVolumesSizeLimit", "externalClusters", "failoverDelay", "imageCatalogRef", "imageName",
                    "imagePullPolicy", "imagePullSecrets", "inheritedMetadata", "instances", "livenessProbeTimeout",
                    "logLevel", "managed", "maxSyncReplicas", "minSyncReplicas", "monitoring",
                    "nodeMaintenanceWindow", "plugins", "podSecurityContext", "podSelectorRefs", "postgresGID",
                    "postgresUID", "postgresql", "primaryLease", "primaryUpdateMethod", "primaryUpdateStrategy",
                    "priorityClassName", "probes", "projectedVolumeTemplate", "replica", "replicationSlots",
                    "resources", "schedulerName", "seccompProfile", "securityContext", "serviceAccountName",
                    "serviceAccountTemplate", "smartShutdownTimeout", "startDelay", "stopDelay", "storage",
                    "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints", "walStorage"),
            "spec.bootstrap", fields(Set.of(), "initdb", "pg_basebackup", "recovery"),
            "spec.bootstrap.initdb", fields(Set.of(), "builtinLocale", "dataChecksums", "database", "encoding",
                    "icuLocale", "icuRules", "import", "locale", "localeCType", "localeCollate", "localeProvider",
                    "options", "owner", "postInitApplicationSQL", "postInitApplicationSQLRefs", "postInitSQL",
                    "postInitSQLRefs", "postInitTemplateSQL", "postInitTemplateSQLRefs", "secret",
                    "walSegmentSize"),
            "spec.storage", fields(Set.of(), "pvcTemplate", "resizeInUseVolumes", "size", "storageClass"),
            "spec.affinity", fields(Set.of(), "additionalPodAffinity", "additionalPodAntiAffinity",
                    "enablePodAntiAffinity", "nodeAffinity", "nodeSelector", "podAntiAffinityType", "tolerations",
                    "topologyKey"))),

    SERVICE_MONITOR("monitoring.coreos.com/v1", "ServiceMonitor", Map.of(
            "spec", fields(Set.of("endpoints", "selector"), "attachMetadata", "bodySizeLimit",
                    "convertClassicHistogramsToNHCB", "endpoints", "fallbackScrapeProtocol", "jobLabel",
                    "keepDroppedTargets", "labelLimit", "labelNameLengthLimit", "labelValueLengthLimit",
                    "namespaceSelector", "nativeHistogramBucketLimit", "nativeHistogramMinBucketFactor",
                    "podTargetLabels", "sampleLimit", "scrapeClass", "scrapeClassicHistograms",
                    "scrapeNativeHistograms", "scrapeProtocols", "selector", "selectorMechanism",
                    "serviceDiscoveryRole", "targetLabels", "targetLimit"),
            "spec.endpoints[]", fields(Set.of(), "authorization", "basicAuth", "bearerTokenFile",
                    "bearerTokenSecret", "enableHttp2", "filterRunning", "followRedirects", "honorLabels",
                    "honorTimestamps", "interval", "metricRelabelings", "noProxy", "oauth2", "params", "path",
                    "port", "proxyConnectHeader", "proxyFromEnvironment", "proxyUrl", "relabelings", "scheme",
                    "scrapeTimeout", "targetPort", "tlsConfig", "trackTimestampsStaleness")));

    private final String apiVersion;
    private final String kind;
    private final Map<String, Fields> fieldsByPath;

    OperatorSchemas(String apiVersion, String kind, Map<String, Fields> fieldsByPath) {
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.fieldsByPath = fieldsByPath;
    }

    String apiVersion() {
        return apiVersion;
    }

    String kind() {
        return kind;
    }

    static boolean knows(Map<String, Object> document) {
        return java.util.Arrays.stream(values()).anyMatch(schema -> schema.apiVersion.equals(document.get("apiVersion"))
                && schema.kind.equals(document.get("kind")));
    }

    /** What in {@code document} this schema does not allow or misses; empty when it conforms. */
    List<String> violations(Map<String, Object> document) {
        List<String> violations = new ArrayList<>();
        fieldsByPath.forEach((path, fields) -> {
            for (Map.Entry<String, Object> node : nodes(document, path).entrySet()) {
                if (!(node.getValue() instanceof Map<?, ?> object)) {
                    violations.add(node.getKey() + " is not an object");
                    continue;
                }
                Set<String> unknown = new TreeSet<>();
                object.keySet().forEach(key -> {
                    if (!fields.allowed().contains(String.valueOf(key))) {
                        unknown.add(String.valueOf(key));
                    }
                });
                if (!unknown.isEmpty()) {
                    violations.add(node.getKey() + " has fields " + kind + " does not know: " + unknown);
                }
                Set<String> missing = new TreeSet<>(fields.required());
                missing.removeAll(object.keySet());
                if (!missing.isEmpty()) {
                    violations.add(node.getKey() + " misses required fields " + missing);
                }
            }
        });
        return violations;
    }

    /** The nodes at a path: "a.b" objects, "a[]" each item of a list, "a.*" each value of a map. */
    private static Map<String, Object> nodes(Map<String, Object> document, String path) {
        Map<String, Object> current = new LinkedHashMap<>(Map.of("", document));
        for (String step : path.split("\\.")) {
            Map<String, Object> next = new LinkedHashMap<>();
            boolean each = step.endsWith("[]");
            String name = each ? step.substring(0, step.length() - 2) : step;
            current.forEach((at, node) -> {
                if (!(node instanceof Map<?, ?> object)) {
                    return;
                }
                if (name.equals("*")) {
                    object.forEach((key, value) -> next.put(at + "." + key, value));
                    return;
                }
                Object value = object.get(name);
                String here = at.isEmpty() ? name : at + "." + name;
                if (value instanceof List<?> items && each) {
                    for (int i = 0; i < items.size(); i++) {
                        next.put(here + "[" + i + "]", items.get(i));
                    }
                } else if (value != null && !each) {
                    next.put(here, value);
                }
            });
            current = next;
        }
        return current;
    }

    private static Fields fields(Set<String> required, String... allowed) {
        return new Fields(Set.of(allowed), required);
    }

    private record Fields(Set<String> allowed, Set<String> required) {
    }
}
