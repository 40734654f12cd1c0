package cn.baiyun.hte;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module diagrams committed in {@code docs/modules} (PlantUML, C4 style: all modules in
 * {@code components.puml}, each module with its neighbours in {@code module-<name>.puml}) are what Spring
 * Modulith draws from the code now. Only the diagrams: the module canvases list every bean and would
 * change with most commits. Run with {@code -Dmodules.refresh=true} to rewrite them.
 */
class ModuleDiagramsTest {

    static final Path COMMITTED = Path.of("..", "docs", "modules");
    static final Path GENERATED = Path.of("target", "modulith-docs");
    static final String REFRESH = "./mvnw -pl backend -am test -Dtest=ModuleDiagramsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dmodules.refresh=true";

    /**
     * The Java client generated from the contract ({@code cn.baiyun.hte.client}, on the test class path for
     * the end-to-end tests) shows up as a module; it is not part of the application.
     */
    static final Predicate<ApplicationModule> GENERATED_CLIENT =
            module -> module.getBasePackage().getName().equals("cn.baiyun.hte.client");

    @Test
    void committedDiagramsEqualTheGeneratedOnes() throws IOException {
        ApplicationModules modules = ApplicationModules.of(PortalApplication.class);
        DiagramOptions options = DiagramOptions.defaults().withExclusions(GENERATED_CLIENT);
        Documenter documenter = new Documenter(modules,
                Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(options);
        modules.stream().filter(GENERATED_CLIENT.negate())
                .forEach(module -> documenter.writeModuleAsPlantUml(module, options));
        Map<String, String> generated = diagrams(GENERATED);

        if (Boolean.getBoolean("modules.refresh")) {
            refresh(generated);
        }
        Map<String, String> committed = diagrams(COMMITTED);
        var drifted = new TreeSet<>(generated.keySet());
        drifted.addAll(committed.keySet());
        drifted.removeIf(name -> generated.getOrDefault(name, "").equals(committed.get(name)));
        assertThat(drifted)
                .as("docs/modules differs from the modules of the code (diagrams added, removed or changed: "
                        + drifted + "). If the change is intended, refresh the diagrams with: " + REFRESH
                        + " and commit docs/modules")
                .isEmpty();
    }

    /** The diagrams of a folder by file name; none if the folder does not exist yet. */
    private static Map<String, String> diagrams(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            var names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".puml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            var diagrams = new TreeMap<String, String>();
            for (String name : names) {
                diagrams.put(name, sorted(Files.readString(folder.resolve(name), StandardCharsets.UTF_8)));
            }
            return diagrams;
        }
    }

    /**
     * The diagram with each run of components and each run of relations sorted: Documenter lists them in
     * an order of its own, which is no part of what the diagram says.
     */
    static String sorted(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        int start = 0;
        while (start < lines.size()) {
            String kind = statement(lines.get(start));
            int end = start + 1;
            while (!kind.isEmpty() && end < lines.size() && statement(lines.get(end)).equals(kind)) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines) + "\n";
    }

    /** {@code Component} or {@code Rel} for the lines to sort, empty for every other line. */
    private static String statement(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("Component(") ? "Component" : trimmed.startsWith("Rel(") ? "Rel" : "";
    }

    /** Replaces the committed diagrams with the generated ones, so that a removed module's diagram goes too. */
    private static void refresh(Map<String, String> generated) throws IOException {
        Files.createDirectories(COMMITTED);
        for (String stale : diagrams(COMMITTED).keySet()) {
            Files.delete(COMMITTED.resolve(stale));
        }
        for (var diagram : generated.entrySet()) {
            Files.writeString(COMMITTED.resolve(diagram.getKey()), diagram.getValue(), StandardCharsets.UTF_8);
        }
    }
}
