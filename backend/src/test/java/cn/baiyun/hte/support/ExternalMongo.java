package cn.baiyun.hte.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.mongo.CommittingH2Backend;
import cn.baiyun.hte.support.process.ChildJvm;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * mongo-java-server in a JVM of its own ({@link ChildJvm}): so that what a test or benchmark measures of the
 * application's heap holds the application only, as with a real database, and so that a drill can kill the
 * database alone and start it again. Either in memory, or on an H2 file with the embedded default's backend
 * ({@link CommittingH2Backend}), which a restart reopens. The child prints its port and stops when its
 * standard input closes, i.e. with its parent at the latest.
 */
public final class ExternalMongo implements AutoCloseable {

    private static final String READY = "listening on port ";
    private static final String SETTLE = "settle";
    private static final String SETTLED = "settled, heap used ";
    private static final String MEMORY = "memory";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(1);

    private final List<String> jvmOptions;
    private final String storage;
    private final Path log;
    private ChildJvm process;
    private int port;

    private ExternalMongo(List<String> jvmOptions, String storage, int port, Path log) {
        this.jvmOptions = jvmOptions;
        this.storage = storage;
        this.port = port;
        this.log = log;
        launch();
    }

    /**
     * Starts the server with the memory backend and a heap of {@code maxHeap} (e.g. "3g"), all of it
     * reserved at once: a growing heap would add full collections that a real database does not have.
     */
    public static ExternalMongo start(String maxHeap) throws IOException {
        return new ExternalMongo(List.of("-Xmx" + maxHeap, "-Xms" + maxHeap, "-XX:+UseParallelGC"), MEMORY, 0,
                Files.createTempFile("external-mongo", ".log"));
    }

    /**
     * Starts the server with the memory backend and a heap of at most {@code maxHeap}, as a test database
     * that several application processes share; its output goes to {@code log}.
     */
    public static ExternalMongo startInMemory(String maxHeap, Path log) {
        return new ExternalMongo(List.of("-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1"), MEMORY, 0, log);
    }

    /**
     * Starts the server on the H2 file {@code file} (created if new), listening on {@code port} (0: a free
     * one, kept for {@link #restart()}); its output goes to {@code log}.
     */
    public static ExternalMongo startOnFile(Path file, int port, Path log) {
        return new ExternalMongo(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), file.toAbsolutePath().toString(),
                port, log);
    }

    /** {@code kill -9} of the database process: whatever it had not written to its file is gone. */
    public void kill() {
        process.kill();
    }

    /** Starts the database again on the same file and port, after {@link #kill()} or a crash. */
    public void restart() {
        if (process.isAlive()) {
            process.close();
        }
        launch();
    }

    /**
     * Collects the database process's garbage, e.g. what loading test data left, so that a measurement
     * that follows pays only for its own (a real database has no collector); returns the heap still used.
     */
    public long settle() {
        process.send(SETTLE);
        return Long.parseLong(process.awaitLine(Pattern.compile(Pattern.quote(SETTLED) + "(\\d+)"), START_TIMEOUT)
                .group(1));
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** The backend and heap of the database process, for reports. */
    public String description() {
        return "mongo-java-server 1.47.0, " + (MEMORY.equals(storage) ? "memory backend" : "H2 backend")
                + ", in its own process (pid " + process.pid() + ", " + String.join(" ", jvmOptions) + ")";
    }

    /** The processor time the database process has used so far. */
    public Duration cpuTime() {
        return process.cpuTime();
    }

    @Override
    public void close() {
        process.close();
    }

    private void launch() {
        process = ChildJvm.start(ExternalMongo.class, jvmOptions, List.of(storage, String.valueOf(port)), log);
        port = Integer.parseInt(process.awaitLine(Pattern.compile(Pattern.quote(READY) + "(\\d+)"), START_TIMEOUT)
                .group(1));
    }

    /** @param args the storage ({@code memory} or the H2 file) and the port (0: a free one) */
    public static void main(String[] args) throws IOException {
        MongoBackend backend = MEMORY.equals(args[0]) ? new MemoryBackend() : new CommittingH2Backend(args[0]);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", Integer.parseInt(args[1]));
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
