package cn.baiyun.hte.support.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM of its own, running a main class from this JVM's class path, for what must live in another process:
 * a database whose heap is not the application's, or a process that a drill kills with {@code kill -9}. Its
 * output (standard error merged in) is kept to wait for what it prints and is copied to a log file for
 * whoever reads a failure. A child whose main calls {@link #diesWithParent()} ends when this JVM ends, even
 * if this JVM is killed and never gets to stop it.
 */
public final class ChildJvm implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    /** Lines before this index were already matched by {@link #awaitLine}; later waits look after it. */
    private int consumed;
    /** False once the child's output has ended, i.e. every line it printed is in {@link #lines}. */
    private volatile boolean pumping = true;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        Thread pump = new Thread(() -> copyOutput(log), "child-jvm-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    /**
     * Starts {@code main} with the JVM options and arguments given; its output goes to {@code log} (created
     * or replaced).
     */
    public static ChildJvm start(Class<?> main, List<String> jvmOptions, List<String> arguments, Path log) {
        return start(main, jvmOptions, arguments, Map.of(), log);
    }

    /** As {@link #start(Class, List, List, Path)}, with {@code environment} added to this JVM's environment. */
    public static ChildJvm start(Class<?> main, List<String> jvmOptions, List<String> arguments,
                                 Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        // Under Surefire this is its booter jar, whose manifest lists the whole test class path.
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            return new ChildJvm(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + main.getName(), e);
        }
    }

    /**
     * For a child's main: ends the child when its standard input closes, which happens when the parent ends
     * however it ends. Without it a child left by a killed build would hold its port and file.
     */
    public static void diesWithParent() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent sends nothing; only the end of the stream matters
                }
            } catch (IOException ignored) {
                // a broken pipe is the parent gone as well
            }
            Runtime.getRuntime().halt(0);
        }, "dies-with-parent");
        watch.setDaemon(true);
        watch.start();
    }

    /**
     * The first line printed since the last match that matches {@code pattern}, waiting at most
     * {@code timeout}; fails with the end of the output when the child exits or the time is up first.
     */
    public Matcher awaitLine(Pattern pattern, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            while (true) {
                for (int i = consumed; i < lines.size(); i++) {
                    Matcher matcher = pattern.matcher(lines.get(i));
                    if (matcher.find()) {
                        consumed = i + 1;
                        return matcher;
                    }
                }
                long left = deadline - System.nanoTime();
                if (!process.isAlive() && !pumping) {
                    throw new IllegalStateException("the child exited with " + process.exitValue()
                            + " before printing " + pattern + "; its output ends:\n" + tail());
                }
                if (left <= 0) {
                    throw new IllegalStateException("the child did not print " + pattern + " within " + timeout
                            + "; its output ends:\n" + tail());
                }
                try {
                    lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the child", e);
                }
            }
        }
    }

    /** Writes one line to the child's standard input. */
    public void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the child", e);
        }
    }

    /** {@code kill -9}: the child gets no chance to flush, commit or close anything. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(STOP_TIMEOUT);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The processor time the child has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Every line the child printed so far. */
    public List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** The last lines the child printed, for failure messages. */
    public String tail() {
        synchronized (lines) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** Stops the child as an operator would (its input closed, then SIGTERM), and kills it if it lingers. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException alreadyClosed) {
            // the child is going anyway
        }
        process.destroy();
        if (!awaitExit(STOP_TIMEOUT)) {
            kill();
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    private void copyOutput(Path log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line; (line = out.readLine()) != null; ) {
                file.write(line);
                file.write('\n');
                file.flush();
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the child's output ended with the child
        } finally {
            synchronized (lines) {
                pumping = false;
                lines.notifyAll();
            }
        }
    }
}
