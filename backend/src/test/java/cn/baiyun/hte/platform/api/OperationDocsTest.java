package cn.baiyun.hte.platform.api;

import java.lang.reflect.Type;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.support.PortalIntegrationTest;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.reactivestreams.Publisher;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served contract reads as documentation (issue 13): every operation has a hand-written description besides its
 * access line, every request body and every 2xx answer with a document has an example, and every example is right:
 * it validates against its schema in the served contract (strictly: a property the schema does not name is an
 * error, since a reader would copy it), a request example binds into the handler's body type and passes its Bean
 * Validation, and every unified social credit code in an example has a valid check character. The texts live in
 * {@code resources/openapi/operations/*.yaml} ({@link OperationDocs}); an entry naming an operation, an answer or an
 * example that does not exist fails here.
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationDocsTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String ACCESS = "**Access:**";

    @Autowired
    WebTestClient web;
    @Autowired
    OperationDocs docs;
    @Autowired
    JsonMapper json;
    @Autowired
    Validator validator;
    @Autowired
    RequestMappingHandlerMapping handlers;

    Map<String, Object> contract;
    /** Each served operation by its id. */
    final Map<String, Map<String, Object>> operations = new HashMap<>();
    final Map<String, String> names = new HashMap<>();

    @BeforeAll
    void readTheServedContract() {
        String served = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        contract = map(JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readValue(served, Map.class));
        map(contract, "paths").forEach((path, item) -> map(item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                String id = (String) map(operation).get("operationId");
                operations.put(id, map(operation));
                names.put(id, method.toUpperCase() + " " + path);
            }
        }));
    }

    @Test
    void everyOperationIsDescribedBeyondWhoMayCallIt() {
        List<String> undescribed = new ArrayList<>();
        operations.forEach((id, operation) -> {
            String description = (String) operation.get("description");
            String prose = description == null ? "" : description.contains(ACCESS)
                    ? description.substring(0, description.indexOf(ACCESS)) : description;
            if (prose.isBlank()) {
                undescribed.add(id + " (" + names.get(id) + ")");
            }
        });
        assertThat(undescribed).as("operations without a description: add one to resources/openapi/operations/*.yaml")
                .isEmpty();
    }

    @Test
    void everyBodyAndEveryDocumentAnsweredHasAnExample() {
        List<String> missing = new ArrayList<>();
        operations.forEach((id, operation) -> {
            content(map(operation, "requestBody")).forEach((type, media) -> {
                if (!hasExample(map(media))) {
                    missing.add(id + " request " + type);
                }
            });
            map(operation, "responses").forEach((status, response) -> {
                if (status.startsWith("2")) {
                    content(map(response)).forEach((type, media) -> {
                        if (!isBinary(map(map(media), "schema")) && !hasExample(map(media))) {
                            missing.add(id + " " + status + " " + type);
                        }
                    });
                }
            });
        });
        assertThat(missing).as("bodies without an example: add one to resources/openapi/operations/*.yaml").isEmpty();
    }

    @Test
    void everyEntryNamesAnOperationAnAnswerAndExamplesThatExist() {
        List<String> wrong = new ArrayList<>();
        Set<String> used = new HashSet<>();
        docs.operations().forEach((id, entry) -> {
            Map<String, Object> operation = operations.get(id);
            if (operation == null) {
                wrong.add(entry.file() + ": no operation " + id);
                return;
            }
            if (entry.description() != null && !((String) operation.get("description")).startsWith(entry.description().strip())) {
                wrong.add(entry.file() + ": " + id + " is described in its controller too; keep one description");
            }
            if (!entry.request().isEmpty() && !operation.containsKey("requestBody")) {
                wrong.add(entry.file() + ": " + id + " has no request body");
            }
            entry.responses().keySet().stream().filter(status -> !map(operation, "responses").containsKey(status))
                    .forEach(status -> wrong.add(entry.file() + ": " + id + " does not answer " + status));
            List<String> named = new ArrayList<>(entry.request());
            entry.responses().values().forEach(named::addAll);
            named.stream().filter(name -> !docs.examples().containsKey(name))
                    .forEach(name -> wrong.add(entry.file() + ": " + id + " names no example " + name));
            used.addAll(named);
        });
        new TreeSet<>(docs.examples().keySet()).stream().filter(name -> !used.contains(name))
                .forEach(name -> wrong.add("example " + name + " is used by no operation"));
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        eachExample((where, media, value) -> new SchemaCheck(map(map(contract, "components"), "schemas"), invalid)
                .check(where, map(media, "schema"), value));
        assertThat(invalid).isEmpty();
    }

    @Test
    void everyUnifiedSocialCreditCodeInAnExampleHasItsCheckCharacter() {
        List<String> invalid = new ArrayList<>();
        eachExample((where, media, value) -> codes(where, value, invalid));
        assertThat(invalid).isEmpty();
    }

    @Test
    void everyJsonRequestExampleBindsIntoTheHandlersBodyAndPassesItsValidation() {
        Map<String, Type> bodies = requestBodyTypes();
        List<String> invalid = new ArrayList<>();
        operations.forEach((id, operation) -> content(map(operation, "requestBody")).forEach((type, media) -> {
            if (!type.equals("application/json")) {
                return;
            }
            assertThat(bodies).as("the handler of %s reads a body", id).containsKey(id);
            examples(map(media)).forEach((name, value) -> {
                try {
                    Object body = json.readValue(json.writeValueAsString(value), json.constructType(bodies.get(id)));
                    validator.validate(body).forEach(violation -> invalid.add(
                            id + " example " + name + ": " + violation.getPropertyPath() + " " + violation.getMessage()));
                } catch (RuntimeException e) {
                    invalid.add(id + " example " + name + ": " + e.getMessage());
                }
            });
        }));
        assertThat(invalid).isEmpty();
    }

    /** The body type each operation's handler reads, without its reactive wrapper. */
    private Map<String, Type> requestBodyTypes() {
        Map<String, Type> bodies = new HashMap<>();
        for (HandlerMethod handler : handlers.getHandlerMethods().values()) {
            Operation operation = handler.getMethodAnnotation(Operation.class);
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (operation != null && parameter.hasParameterAnnotation(RequestBody.class)) {
                    ResolvableType type = ResolvableType.forMethodParameter(parameter);
                    if (Publisher.class.isAssignableFrom(type.toClass())) {
                        type = type.getGeneric(0);
                    }
                    bodies.put(operation.operationId(), type.getType());
                }
            }
        }
        return bodies;
    }

    private interface ExampleVisitor {
        void visit(String where, Map<String, Object> media, Object value);
    }

    /** Every example of every request body and answer, as the served contract gives it (references resolved). */
    private void eachExample(ExampleVisitor visitor) {
        operations.forEach((id, operation) -> {
            content(map(operation, "requestBody")).forEach((type, media) -> examples(map(media)).forEach((name, value) ->
                    visitor.visit(id + " request " + type + " example " + name, map(media), value)));
            map(operation, "responses").forEach((status, response) -> content(map(response)).forEach((type, media) ->
                    examples(map(media)).forEach((name, value) ->
                            visitor.visit(id + " " + status + " " + type + " example " + name, map(media), value))));
        });
    }

    private Map<String, Object> examples(Map<String, Object> media) {
        Map<String, Object> values = new HashMap<>();
        if (media.containsKey("example")) {
            values.put("example", media.get("example"));
        }
        map(media, "examples").forEach((name, example) -> {
            Map<String, Object> resolved = map(example);
            if (resolved.get("$ref") instanceof String ref) {
                assertThat(ref).startsWith(OperationDocs.EXAMPLE_REF);
                resolved = map(map(map(contract, "components"), "examples"), ref.substring(OperationDocs.EXAMPLE_REF.length()));
                assertThat(resolved).as("example %s", ref).isNotEmpty();
            }
            values.put(name, resolved.get("value"));
        });
        return values;
    }

    private static void codes(String where, Object value, List<String> invalid) {
        if (value instanceof Map<?, ?> object) {
            object.forEach((key, field) -> {
                if ("uscc".equals(key) && field instanceof String code && !UnifiedSocialCreditCode.parse(code).isValid()) {
                    invalid.add(where + ": " + code);
                }
                codes(where, field, invalid);
            });
        } else if (value instanceof List<?> items) {
            items.forEach(item -> codes(where, item, invalid));
        }
    }

    private static boolean hasExample(Map<String, Object> media) {
        return media.containsKey("example") || !map(media, "examples").isEmpty();
    }

    private static boolean isBinary(Map<String, Object> schema) {
        return "binary".equals(schema.get("format"));
    }

    private static Map<String, Object> content(Map<String, Object> holder) {
        return map(holder, "content");
    }

    /**
     * The JSON Schema keywords the contract uses, checked the way a client would read them; stricter than JSON
     * Schema in one point: a property the schema does not name is an error (an example teaches by being copied).
     */
    private record SchemaCheck(Map<String, Object> components, List<String> problems) {

        void check(String where, Map<String, Object> schema, Object value) {
            if (schema.get("$ref") instanceof String ref) {
                check(where, map(components, ref.substring(ref.lastIndexOf('/') + 1)), value);
                return;
            }
            for (String combination : List.of("allOf", "anyOf", "oneOf", "not", "prefixItems")) {
                if (schema.containsKey(combination)) {
                    problems.add(where + ": the check does not know " + combination + "; teach it");
                }
            }
            if (value == null) {
                problems.add(where + ": null (the API leaves absent values out)");
                return;
            }
            if (schema.get("enum") instanceof List<?> values && !values.contains(value)) {
                problems.add(where + ": " + value + " is none of " + values);
            }
            List<?> types = schema.get("type") instanceof List<?> list ? list
                    : schema.get("type") == null ? List.of() : List.of(schema.get("type"));
            if (!types.isEmpty() && types.stream().noneMatch(type -> is((String) type, value))) {
                problems.add(where + ": " + value + " is not " + types);
                return;
            }
            format(where, (String) schema.get("format"), value);
            if (value instanceof Map<?, ?> object) {
                Map<String, Object> properties = map(schema, "properties");
                if (schema.get("required") instanceof List<?> required) {
                    required.stream().filter(name -> !object.containsKey(name))
                            .forEach(name -> problems.add(where + ": lacks the required " + name));
                }
                object.forEach((name, field) -> {
                    if (properties.containsKey(name)) {
                        check(where + "." + name, map(properties, (String) name), field);
                    } else if (schema.get("additionalProperties") instanceof Map<?, ?> additional) {
                        check(where + "." + name, map(additional), field);
                    } else if (!properties.isEmpty() || Boolean.FALSE.equals(schema.get("additionalProperties"))) {
                        problems.add(where + ": the schema has no property " + name);
                    }
                });
            }
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    check(where + "[" + i + "]", map(schema, "items"), items.get(i));
                }
            }
        }

        private static boolean is(String type, Object value) {
            return switch (type) {
                case "object" -> value instanceof Map;
                case "array" -> value instanceof List;
                case "string" -> value instanceof String;
                case "boolean" -> value instanceof Boolean;
                case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
                case "number" -> value instanceof Number;
                case "null" -> false;
                default -> throw new IllegalArgumentException("unknown type " + type);
            };
        }

        private void format(String where, String format, Object value) {
            if (format == null) {
                return;
            }
            try {
                switch (format) {
                    case "date" -> LocalDate.parse((String) value);
                    case "date-time" -> OffsetDateTime.parse((String) value);
                    case "uri" -> new URI((String) value);
                    case "int32" -> Math.toIntExact(((Number) value).longValue());
                    case "int64", "binary", "double", "float" -> {
                        // any value of the right type
                    }
                    default -> problems.add(where + ": the check does not know the format " + format + "; teach it");
                }
            } catch (DateTimeParseException | URISyntaxException | ArithmeticException | ClassCastException e) {
                problems.add(where + ": " + value + " is not a " + format + " (" + e.getMessage() + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Map<String, Object> map(Map<String, Object> node, String key) {
        return map(node.get(key));
    }
}
