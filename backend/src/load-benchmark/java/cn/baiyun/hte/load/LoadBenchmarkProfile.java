package cn.baiyun.hte.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the processor time went in a JFR recording of the application: the execution samples' top frames
 * (self time) and the frames anywhere on the sampled stacks (inclusive time), the heaviest first. A plain
 * reading of {@code jdk.ExecutionSample} events, so no profiler needs installing.
 */
final class LoadBenchmarkProfile {

    private LoadBenchmarkProfile() {
    }

    static List<String> summary(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (seen.add(name)) {
                    inclusive.merge(name, 1, Integer::sum);
                }
            }
        }
        int total = Math.max(samples, 1);
        var lines = new java.util.ArrayList<String>();
        lines.add(samples + " execution samples in " + recording.getFileName());
        lines.add("self:");
        heaviest(self, top).forEach(e -> lines.add(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / total, e.getKey())));
        lines.add("inclusive (application and framework frames):");
        inclusive.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .filter(e -> !e.getKey().startsWith("java.") && !e.getKey().startsWith("jdk.")
                        && !e.getKey().startsWith("sun.") && !e.getKey().startsWith("io.netty.")
                        && !e.getKey().startsWith("reactor.core."))
                .limit(2L * top)
                .forEach(e -> lines.add(String.format("  %5.1f%%  %s", 100.0 * e.getValue() / total, e.getKey())));
        return lines;
    }

    private static List<Map.Entry<String, Integer>> heaviest(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .toList();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** {@code java ... LoadBenchmarkProfile recording.jfr [top]}: the summary of a recording made by hand. */
    public static void main(String[] args) throws IOException {
        summary(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 25).forEach(System.out::println);
    }
}
