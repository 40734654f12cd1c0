package cn.baiyun.hte.platform.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operations of the served OpenAPI document, with what a fuzzer needs of each: parameters and body shape. */
final class ContractOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private ContractOperations() {
    }

    /** One parameter of an operation, its schema resolved. */
    record Parameter(String name, String in, JsonNode schema) {
    }

    /**
     * One operation: its path and query parameters, its request body's media type (null when it takes none)
     * with the body's properties (schemas resolved) and the names of the required ones.
     */
    record Operation(String id, String method, String path, List<Parameter> parameters, String bodyType,
                     Map<String, JsonNode> bodyProperties, List<String> required) {

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        boolean safe() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Operation> read(String apiDocsJson) {
        JsonNode document = JsonMapper.builder().build().readTree(apiDocsJson);
        Schemas schemas = new Schemas(document.path("components").path("schemas"));
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            schemas.resolve(parameter.path("schema"))));
                }
                String bodyType = null;
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                for (Map.Entry<String, JsonNode> media : operation.path("requestBody").path("content").properties()) {
                    bodyType = media.getKey();
                    JsonNode body = schemas.resolve(media.getValue().path("schema"));
                    body.path("properties").properties()
                            .forEach(property -> properties.put(property.getKey(), schemas.resolve(property.getValue())));
                    body.path("required").forEach(name -> required.add(name.asString()));
                }
                operations.add(new Operation(operation.path("operationId").asString(),
                        entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, bodyType, properties,
                        required));
            }
        }
        return operations;
    }

    /** Resolves {@code $ref}s into the document's schemas. */
    record Schemas(JsonNode components) {

        JsonNode resolve(JsonNode schema) {
            JsonNode current = schema;
            for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
                String ref = current.path("$ref").asString();
                current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            return current;
        }
    }
}
