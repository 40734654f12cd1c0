package cn.baiyun.hte.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * mongo-java-server in a JVM of its own, so that what a test or benchmark measures of the application's
 * heap holds the application only, as with a real database. The child runs {@link #main} from the same
 * class path, prints its port and stops when its standard input closes, i.e. with its parent at the latest.
 */
public final class ExternalMongo implements AutoCloseable {

    private static final String READY = "listening on port ";
    private static final String SETTLE = "settle";
    private static final String SETTLED = "settled, heap used ";

    private final Process process;
    private final BufferedReader out;
    private final int port;
    private final String heap;

    private ExternalMongo(Process process, BufferedReader out, int port, String heap) {
        this.process = process;
        this.out = out;
        this.port = port;
        this.heap = heap;
    }

    /**
     * Starts the server with the memory backend and a heap of {@code maxHeap} (e.g. "3g"), all of it
     * reserved at once: a growing heap would add full collections that a real database does not have.
     */
    public static ExternalMongo start(String maxHeap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + maxHeap, "-Xms" + maxHeap, "-XX:+UseParallelGC",
                "-cp", System.getProperty("java.class.path"), ExternalMongo.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(READY)) {
                return new ExternalMongo(process, out, Integer.parseInt(line.substring(READY.length()).strip()),
                        "-Xmx" + maxHeap);
            }
        }
        process.destroyForcibly();
        throw new IOException("the database process ended before it listened");
    }

    /**
     * Collects the database process's garbage, e.g. what loading test data left, so that a measurement
     * that follows pays only for its own (a real database has no collector); returns the heap still used.
     */
    public long settle() throws IOException {
        process.getOutputStream().write((SETTLE + "\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().flush();
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith(SETTLED)) {
                return Long.parseLong(line.substring(SETTLED.length()).strip());
            }
        }
        throw new IOException("the database process ended while settling");
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** The backend and heap of the database process, for reports. */
    public String description() {
        return "mongo-java-server 1.47.0, memory backend, in its own process (pid " + process.pid() + ", "
                + heap + ")";
    }

    /** The processor time the database process has used so far. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws IOException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        System.out.println(READY + server.getLocalAddress().getPort());
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String command; (command = commands.readLine()) != null; ) {
            if (command.equals(SETTLE)) {
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.println(SETTLED + (runtime.totalMemory() - runtime.freeMemory()));
                System.out.flush();
            }
        }
        // End of input: the parent has gone.
        server.shutdownNow();
    }
}
