package cn.baiyun.hte.platform.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed contract passes the checks of Spectral's {@code spectral:oas} ruleset and Redocly's
 * {@code recommended} ruleset that it could fail, offline and in the build (the real linters run from npm
 * confirmed zero warnings when this test was written; see {@code openapi/README.md}). Rules implemented, by
 * the linters' names:
 * <ul>
 *   <li>Spectral: {@code info-contact}, {@code info-description}, {@code operation-description},
 *       {@code operation-operationId}, {@code operation-operationId-unique}, {@code operation-operationId-valid-in-url},
 *       {@code operation-tags}, {@code operation-tag-defined}, {@code operation-success-response}, {@code path-params},
 *       {@code oas3-operation-security-defined}, {@code no-script-tags-in-markdown}, {@code no-eval-in-markdown},
 *       {@code path-keys-no-trailing-slash}, {@code path-not-include-query}, {@code oas3-server-trailing-slash},
 *       {@code duplicated-entry-in-enum}, {@code oas3-unused-component} (schemas, examples).</li>
 *   <li>Redocly: {@code info-license}, {@code operation-summary}, {@code operation-2xx-response},
 *       {@code operation-4xx-response}, {@code tag-description}, {@code security-defined},
 *       {@code operation-parameters-unique}, {@code no-identical-paths}, {@code no-unused-components} (schemas, examples).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractLintTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    Map<String, Object> contract;
    String text;
    /** Each operation as "METHOD path" with its object. */
    final List<Map.Entry<String, Map<String, Object>>> operations = new ArrayList<>();

    @BeforeAll
    void readTheCommittedContract() throws IOException {
        text = Files.readString(OpenApiContractTest.CONTRACT, StandardCharsets.UTF_8);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        contract = new Yaml(options).load(text);
        map(contract, "paths").forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                operations.add(Map.entry(method.toUpperCase() + " " + path, map(operation)));
            }
        }));
    }

    @Test
    void infoNamesAContactALicenceAndDescribesTheApi() {
        Map<String, Object> info = map(contract, "info");
        assertThat(map(info, "contact")).as("info-contact").isNotEmpty();
        assertThat((String) info.get("description")).as("info-description").isNotBlank();
        assertThat(map(info, "license")).as("info-license").containsKey("name");
    }

    @Test
    void everyOperationHasAnIdASummaryADescriptionAndDefinedTags() {
        Set<String> tags = new HashSet<>();
        for (Object tag : list(contract, "tags")) {
            tags.add((String) map(tag).get("name"));
            assertThat((String) map(tag).get("description")).as("tag-description of %s", tag).isNotBlank();
        }
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var operation : operations) {
            String name = operation.getKey();
            Map<String, Object> o = operation.getValue();
            String id = (String) o.get("operationId");
            check(problems, id != null && !id.isBlank(), name, "operation-operationId");
            check(problems, id == null || ids.add(id), name, "operation-operationId-unique");
            check(problems, id == null || id.matches("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]+"), name,
                    "operation-operationId-valid-in-url");
            check(problems, isText(o.get("summary")), name, "operation-summary");
            check(problems, isText(o.get("description")), name, "operation-description");
            check(problems, !list(o, "tags").isEmpty(), name, "operation-tags");
            list(o, "tags").forEach(tag -> check(problems, tags.contains(tag), name, "operation-tag-defined " + tag));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Issue 13's reading of the contract as documentation, beyond the linters: a description that says more than who
     * may call the operation, and an example for every request body and every 2xx document (binary files aside).
     * {@code OperationDocsTest} checks the same on the served contract and validates the examples.
     */
    @Test
    void everyOperationIsDescribedAndShowsExamplesOfItsBodies() {
        List<String> problems = new ArrayList<>();
        for (var operation : operations) {
            Map<String, Object> o = operation.getValue();
            String description = o.get("description") instanceof String text ? text : "";
            check(problems, !description.strip().startsWith("**Access:**"), operation.getKey(),
                    "description beyond the access line");
            map(map(o, "requestBody"), "content").forEach((type, media) ->
                    check(problems, hasExample(map(media)), operation.getKey(), "request example " + type));
            map(o, "responses").forEach((status, response) -> {
                if (status.startsWith("2")) {
                    map(map(response), "content").forEach((type, media) -> check(problems,
                            "binary".equals(map(map(media), "schema").get("format")) || hasExample(map(media)),
                            operation.getKey(), status + " example " + type));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    private static boolean hasExample(Map<String, Object> media) {
        return media.containsKey("example") || !map(media, "examples").isEmpty();
    }

    @Test
    void everyOperationAnswersSuccessAndClientErrors() {
        List<String> problems = new ArrayList<>();
        for (var operation : operations) {
            Set<String> codes = map(operation.getValue(), "responses").keySet();
            check(problems, codes.stream().anyMatch(code -> code.startsWith("2") || code.startsWith("3")),
                    operation.getKey(), "operation-success-response / operation-2xx-response");
            check(problems, codes.stream().anyMatch(code -> code.startsWith("4")), operation.getKey(),
                    "operation-4xx-response");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everySecurityRequirementNamesADefinedSchemeAndItsScopes() {
        Map<String, Object> schemes = map(map(contract, "components"), "securitySchemes");
        List<String> problems = new ArrayList<>();
        for (var operation : operations) {
            List<Object> security = operation.getValue().containsKey("security")
                    ? list(operation.getValue(), "security") : list(contract, "security");
            check(problems, !security.isEmpty(), operation.getKey(), "security-defined");
            for (Object requirement : security) {
                map(requirement).forEach((scheme, scopes) -> {
                    check(problems, schemes.containsKey(scheme), operation.getKey(),
                            "oas3-operation-security-defined " + scheme);
                    Set<String> defined = definedScopes(map(schemes.get(scheme)));
                    for (Object scope : (List<?>) scopes) {
                        check(problems, defined.contains(scope), operation.getKey(),
                                "oas3-operation-security-defined scope " + scope);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void pathsAndTheirParametersAgree() {
        List<String> problems = new ArrayList<>();
        Set<String> shapes = new HashSet<>();
        map(contract, "paths").forEach((path, item) -> {
            check(problems, path.equals("/") || !path.endsWith("/"), path, "path-keys-no-trailing-slash");
            check(problems, !path.contains("?"), path, "path-not-include-query");
            check(problems, shapes.add(TEMPLATE.matcher(path).replaceAll("{}")), path, "no-identical-paths");
        });
        for (var operation : operations) {
            String path = operation.getKey().substring(operation.getKey().indexOf(' ') + 1);
            Set<String> templated = new TreeSet<>();
            Matcher matcher = TEMPLATE.matcher(path);
            while (matcher.find()) {
                templated.add(matcher.group(1));
            }
            Set<String> declared = new TreeSet<>();
            Set<String> unique = new HashSet<>();
            for (Object parameter : list(operation.getValue(), "parameters")) {
                Map<String, Object> p = map(parameter);
                check(problems, unique.add(p.get("in") + ":" + p.get("name")), operation.getKey(),
                        "operation-parameters-unique " + p.get("name"));
                if ("path".equals(p.get("in"))) {
                    declared.add((String) p.get("name"));
                    check(problems, Boolean.TRUE.equals(p.get("required")), operation.getKey(),
                            "path-params required " + p.get("name"));
                }
            }
            check(problems, templated.equals(declared), operation.getKey(), "path-params " + templated + " vs " + declared);
        }
        for (Object server : list(contract, "servers")) {
            String url = (String) map(server).get("url");
            check(problems, url.equals("/") || !url.endsWith("/"), url, "oas3-server-trailing-slash");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void markdownHasNoScriptsAndEnumsNoDuplicates() {
        assertThat(text).as("no-script-tags-in-markdown").doesNotContainIgnoringCase("<script");
        assertThat(text).as("no-eval-in-markdown").doesNotContain("eval(");
        List<String> problems = new ArrayList<>();
        walk(contract, "#", (where, node) -> {
            if (node.get("enum") instanceof List<?> values) {
                check(problems, new LinkedHashSet<>(values).size() == values.size(), where, "duplicated-entry-in-enum");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everySchemaAndExampleComponentIsUsed() {
        for (String kind : List.of("schemas", "examples")) {
            Set<String> unused = new TreeSet<>(map(map(contract, "components"), kind).keySet());
            Matcher ref = Pattern.compile("#/components/" + kind + "/([A-Za-z0-9_.\\-]+)").matcher(text);
            while (ref.find()) {
                unused.remove(ref.group(1));
            }
            assertThat(unused).as("oas3-unused-component / no-unused-components: %s", kind).isEmpty();
        }
    }

    private static Set<String> definedScopes(Map<String, Object> scheme) {
        Set<String> scopes = new HashSet<>();
        if (scheme.get("flows") instanceof Map<?, ?> flows) {
            flows.values().forEach(flow -> scopes.addAll(map(map(flow), "scopes").keySet()));
        }
        return scopes;
    }

    private interface Visitor {
        void visit(String where, Map<String, Object> node);
    }

    private static void walk(Object node, String where, Visitor visitor) {
        if (node instanceof Map<?, ?> object) {
            visitor.visit(where, map(object));
            object.forEach((key, value) -> walk(value, where + "/" + key, visitor));
        } else if (node instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), where + "/" + i, visitor);
            }
        }
    }

    private static void check(List<String> problems, boolean ok, String where, String rule) {
        if (!ok) {
            problems.add(rule + " at " + where);
        }
    }

    private static boolean isText(Object value) {
        return value instanceof String text && !text.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return map(node.get(key));
    }

    private static List<Object> list(Map<String, Object> node, String key) {
        return node.get(key) instanceof List<?> list ? List.copyOf(list) : List.of();
    }
}
