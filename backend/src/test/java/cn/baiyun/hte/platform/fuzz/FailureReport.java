package cn.baiyun.hte.platform.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fuzzing failures grouped by operation and kind (status, or no answer), each group with its count and its
 * first example, so that a few thousand requests fail as a short readable list.
 */
final class FailureReport {

    private record Group(int count, String firstExample) {
    }

    private final Map<String, Group> groups = new TreeMap<>();

    synchronized void add(String operation, String kind, String example) {
        groups.merge(operation + " → " + kind, new Group(1, example),
                (old, added) -> new Group(old.count() + 1, old.firstExample()));
    }

    synchronized boolean isEmpty() {
        return groups.isEmpty();
    }

    @Override
    public synchronized String toString() {
        return groups.entrySet().stream()
                .map(e -> String.format("%4d × %s%n       first: %s", e.getValue().count(), e.getKey(),
                        e.getValue().firstExample()))
                .collect(Collectors.joining(System.lineSeparator(), groups.size() + " kinds of failure:"
                        + System.lineSeparator(), ""));
    }
}
