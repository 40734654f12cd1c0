package cn.baiyun.hte.platform.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.netty.channel.Channel;
import org.bson.Document;
import reactor.core.publisher.Flux;

/**
 * What committing each change before answering costs the embedded default: acknowledged inserts per second
 * on an H2 file, with H2's own background commit about once a second (which lost acknowledged writes on a
 * crash), with {@link CommittingH2Backend}, and with each commit also forced to the disk (fsync, which only
 * a power cut would need). One writer at a time (a person saving a form) and 16 at once. Prints the figures,
 * asserts nothing; how to run it is in docs/benchmarks.md.
 */
public final class CommitCostBenchmark {

    static final int WARM_UP = 1_000;
    static final int WRITES = 3_000;
    static final Duration TIMEOUT = Duration.ofMinutes(5);

    private CommitCostBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        measure("background commit (H2 default)", H2Backend::new);
        measure("committed before each answer", CommittingH2Backend::new);
        measure("committed and forced to disk", Synced::new);
        System.exit(0);
    }

    private static void measure(String name, Function<String, MongoBackend> backend) throws IOException {
        for (int writers : new int[] {1, 16}) {
            Path dir = Files.createTempDirectory("commit-cost");
            MongoServer server = new MongoServer(backend.apply(dir.resolve("mongo.mv").toString()));
            server.bind("127.0.0.1", 0);
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
                MongoCollection<Document> collection = client.getDatabase("bench").getCollection("writes");
                insert(collection, 0, WARM_UP, writers);
                long start = System.nanoTime();
                insert(collection, WARM_UP, WRITES, writers);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("[commit-cost] %-32s %2d writer(s): %6.0f acknowledged inserts/s (%.2f ms each)%n",
                        name, writers, WRITES / seconds, seconds * 1000 / WRITES * writers);
            } finally {
                server.shutdownNow();
            }
        }
    }

    private static void insert(MongoCollection<Document> collection, int from, int count, int writers) {
        Flux.range(from, count)
                .flatMap(i -> collection.insertOne(new Document("n", i).append("title", "成果 " + i)
                        .append("description", "x".repeat(600))), writers)
                .blockLast(TIMEOUT);
    }

    /** {@link CommittingH2Backend} that also forces every commit to the disk. */
    private static final class Synced extends CommittingH2Backend {

        Synced(String fileName) {
            super(fileName);
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(Channel channel, String databaseName, String command,
                                                               de.bwaldvogel.mongo.bson.Document query) {
            de.bwaldvogel.mongo.bson.Document answer = super.handleCommand(channel, databaseName, command, query);
            getMvStore().sync();
            return answer;
        }
    }
}
