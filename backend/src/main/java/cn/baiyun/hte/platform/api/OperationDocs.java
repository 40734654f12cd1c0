package cn.baiyun.hte.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The contract's prose and examples, kept as data next to it ({@code openapi/operations/*.yaml}, one file per
 * tag) rather than in annotations, so that the texts read as documentation and a feature's controller stays about
 * its code. Each file holds named {@code examples} (published once under {@code components/examples}) and
 * {@code operations} keyed by operationId: a {@code description}, the {@code request} body's examples and each
 * answer's examples by status ({@code responses}), given as example names.
 *
 * <p>An operation whose handler already states a description keeps it; the access line is appended afterwards by
 * {@link OpenApiConfiguration}. Entries naming an operation that does not exist, and operations without texts, are
 * caught by {@code OperationDocsTest}, not here: the documentation endpoint never fails on its own prose.
 */
final class OperationDocs {

    static final String LOCATION = "classpath*:openapi/operations/*.yaml";
    static final String EXAMPLE_REF = "#/components/examples/";

    /** One operation's texts; example lists name entries of {@link #examples()}. */
    record Entry(String file, String description, List<String> request, Map<String, List<String>> responses) {
    }

    private final Map<String, Example> examples;
    private final Map<String, Entry> operations;

    private OperationDocs(Map<String, Example> examples, Map<String, Entry> operations) {
        this.examples = examples;
        this.operations = operations;
    }

    /** Reads every file once, at start-up; a malformed file or a name used twice stops the application. */
    static OperationDocs load() {
        Map<String, Example> examples = new TreeMap<>();
        Map<String, Entry> operations = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    read(file.getFilename(), yaml().load(in), examples, operations);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OperationDocs(examples, operations);
    }

    Map<String, Example> examples() {
        return examples;
    }

    Map<String, Entry> operations() {
        return operations;
    }

    /** Fills in descriptions and examples; the named examples are referenced, so each is written once. */
    void apply(OpenAPI openApi) {
        examples.forEach(openApi.getComponents()::addExamples);
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            Entry entry = operations.get(operation.getOperationId());
            if (entry != null) {
                apply(entry, operation);
            }
        }));
    }

    private static void apply(Entry entry, Operation operation) {
        if (operation.getDescription() == null && entry.description() != null) {
            operation.setDescription(entry.description().strip());
        }
        if (operation.getRequestBody() != null) {
            attach(operation.getRequestBody().getContent(), entry.request());
        }
        entry.responses().forEach((status, names) -> {
            ApiResponse response = operation.getResponses() == null ? null : operation.getResponses().get(status);
            if (response != null) {
                attach(response.getContent(), names);
            }
        });
    }

    private static void attach(Content content, List<String> names) {
        if (content == null || names.isEmpty()) {
            return;
        }
        for (MediaType mediaType : content.values()) {
            for (String name : names) {
                mediaType.addExamples(name, new Example().$ref(EXAMPLE_REF + name));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void read(String file, Object document, Map<String, Example> examples, Map<String, Entry> operations) {
        Map<String, Object> root = document instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        map(root.get("examples")).forEach((name, value) -> {
            Map<String, Object> example = map(value);
            if (examples.put(name, new Example().summary((String) example.get("summary")).value(example.get("value"))) != null) {
                throw new IllegalStateException("Example " + name + " is named twice (again in " + file + ")");
            }
        });
        map(root.get("operations")).forEach((id, value) -> {
            Map<String, Object> entry = map(value);
            Map<String, List<String>> responses = new TreeMap<>();
            map(entry.get("responses")).forEach((status, names) -> responses.put(status, names(names)));
            if (operations.put(id, new Entry(file, (String) entry.get("description"), names(entry.get("request")),
                    responses)) != null) {
                throw new IllegalStateException("Operation " + id + " is documented twice (again in " + file + ")");
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> names(Object node) {
        if (node instanceof String name) {
            return List.of(name);
        }
        return node instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    /**
     * Examples must come out as the API writes them: amounts are BigDecimal (a YAML 1234.50 stays 1234.50, not a
     * double), and dates stay the strings they are in JSON (YAML would make 2026-03-31 a java.util.Date).
     */
    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()) {
            {
                yamlConstructors.put(Tag.FLOAT, new ConstructYamlStr() {
                    @Override
                    public Object construct(Node node) {
                        return new BigDecimal(((ScalarNode) node).getValue().replace("_", ""));
                    }
                });
                yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            }
        });
    }
}
