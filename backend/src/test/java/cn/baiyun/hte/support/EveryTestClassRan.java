package cn.baiyun.hte.support;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.platform.commons.annotation.Testable;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The build step after Surefire (backend/pom.xml, execution {@code every-test-class-ran}): every test class
 * that declares tests must appear in Surefire's reports, or the build fails.
 * A class can declare tests and still run none without anything turning red: its name is outside
 * Surefire's patterns (the engine's property tests were, for months), its engine is missing, or its
 * methods are invisible to the engine. Comparing the compiled classes with the reports catches every such
 * cause, whatever it is; a JUnit listener could not, since it only sees the classes it was given.
 * "Declares tests" means a method annotated (directly or through a composed annotation) with JUnit's
 * {@link Testable}: {@code @Test}, {@code @ParameterizedTest}, {@code @TestFactory}, jqwik's
 * {@code @Property} and {@code @Example} all carry it; inherited ones count (the isolation matrices inherit
 * theirs). Abstract classes run through their subclasses.
 */
public final class EveryTestClassRan {

    /**
     * Surefire writes a report for each class whose tests the JUnit Platform found and started, even when
     * the class then skipped them all (the browser tests where Chromium is missing, loudly, by design);
     * a class with no report ran nothing.
     */
    private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*\\bname=\"([^\"]+)\"");

    private EveryTestClassRan() {
    }

    /** @param args the compiled test classes' directory and Surefire's reports directory */
    public static void main(String[] args) throws IOException {
        Path testClasses = Path.of(args[0]);
        Path reports = Path.of(args[1]);
        Set<String> declaring = classesDeclaringTests(testClasses);
        Set<String> ran = classesInReports(reports);
        Set<String> silent = new TreeSet<>(declaring);
        silent.removeAll(ran);
        if (!silent.isEmpty()) {
            System.err.println("These test classes declare tests but ran none (see " + reports + "):\n  "
                    + String.join("\n  ", silent)
                    + "\nIs the class left out by Surefire's <includes>, its engine missing, or are its test "
                    + "methods private?");
            System.exit(1);
        }
        System.out.println("Every one of the " + declaring.size() + " test classes ran.");
    }

    static Set<String> classesDeclaringTests(Path testClasses) throws IOException {
        ClassLoader loader = EveryTestClassRan.class.getClassLoader();
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> testClasses.relativize(file).toString().replace(".class", "")
                            .replace(file.getFileSystem().getSeparator(), "."))
                    .filter(name -> declaresTests(load(name, loader)))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean declaresTests(Class<?> type) {
        if (Modifier.isAbstract(type.getModifiers())) {
            return false;
        }
        try {
            for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
                for (Method method : level.getDeclaredMethods()) {
                    if (AnnotatedElementUtils.hasAnnotation(method, Testable.class)) {
                        return true;
                    }
                }
            }
            return false;
        } catch (LinkageError missingType) {
            // The JMH benchmark classes of the benchmark profile, left behind by an earlier run, name types
            // that are not on the test class path; they declare no tests.
            System.out.println("Not a test class (" + missingType + "): " + type.getName());
            return false;
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("Cannot load the test class " + name, e);
        }
    }

    static Set<String> classesInReports(Path reports) throws IOException {
        Set<String> classes = new TreeSet<>();
        if (!Files.isDirectory(reports)) {
            return classes;
        }
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).toList()) {
                Matcher suite = SUITE.matcher(Files.readString(report));
                if (suite.find()) {
                    classes.add(suite.group(1));
                }
            }
        }
        return classes;
    }
}
