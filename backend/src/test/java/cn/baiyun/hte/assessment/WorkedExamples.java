package cn.baiyun.hte.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The worked examples of {@code domain/examples.json} (a copy of shared/domain/examples.json) and the JSON
 * conventions of the preview API: keys snake_case → camelCase (year keys unchanged), lower-case enums by code.
 */
public final class WorkedExamples {

    /** What the API layer needs: Coded enums written as their code, read case-insensitively. */
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .addModule(new SimpleModule().addSerializer(Coded.class, new ValueSerializer<Coded>() {
                @Override
                public void serialize(Coded value, JsonGenerator gen, SerializationContext context) {
                    gen.writeString(value.code());
                }
            }))
            .build();

    private static final JsonNode EXAMPLES = load();

    private WorkedExamples() {
    }

    private static JsonNode load() {
        try (InputStream in = WorkedExamples.class.getResourceAsStream("/domain/examples.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> hteCases() {
        return cases("hte_cases");
    }

    public static List<JsonNode> techSmeCases() {
        return cases("tech_sme_cases");
    }

    public static JsonNode hteCase(String id) {
        return hteCases().stream().filter(example -> example.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    /** A modifiable copy of a case's inputs, in the examples' snake_case. */
    static ObjectNode inputsOf(String id) {
        return (ObjectNode) hteCase(id).get("inputs").deepCopy();
    }

    static FirmSnapshot snapshot(JsonNode snakeInputs) {
        return JSON.treeToValue(camelCased(snakeInputs), FirmSnapshot.class);
    }

    static TechSmeSnapshot techSmeSnapshot(JsonNode snakeInputs) {
        return JSON.treeToValue(camelCased(snakeInputs), TechSmeSnapshot.class);
    }

    private static List<JsonNode> cases(String kind) {
        List<JsonNode> cases = new ArrayList<>();
        EXAMPLES.get(kind).forEach(cases::add);
        return cases;
    }

    /** The preview API's mechanical rule: c5a_rd_intensity → c5aRdIntensity, value_4dp → value4dp; "2023" stays. */
    static String camel(String key) {
        StringBuilder camel = new StringBuilder(key.length());
        boolean upper = false;
        for (char c : key.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    public static JsonNode camelCased(JsonNode node) {
        if (node.isObject()) {
            ObjectNode renamed = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                renamed.set(camel(field.getKey()), camelCased(field.getValue()));
            }
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode renamed = JSON.createArrayNode();
            node.forEach(element -> renamed.add(camelCased(element)));
            return renamed;
        }
        return node;
    }

    /**
     * Every value of {@code expected} (snake_case keys) must be in {@code actual} (camelCase keys) under the same
     * path: numbers equal by value, null as null, arrays of the same length. Extra keys in actual are allowed.
     */
    public static void assertMatches(JsonNode expected, JsonNode actual, String path) {
        if (actual == null) {
            fail(path + ": missing, expected " + expected);
        }
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(path + " is an object, actual " + actual).isTrue();
            for (Map.Entry<String, JsonNode> field : expected.properties()) {
                assertMatches(field.getValue(), actual.get(camel(field.getKey())), path + "." + field.getKey());
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path + " is an array, actual " + actual).isTrue();
            assertThat(actual.size()).as(path + " length, actual " + actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(path + " is a number, actual " + actual).isTrue();
            assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }
}
