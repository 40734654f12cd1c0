package cn.baiyun.loadbenchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the load benchmark adds to the packaged application, and only there: the benchmark puts this
 * package on the launcher's class path ({@code -Dloader.path}) and names it in {@code spring.main.sources}.
 * It lives outside {@code cn.baiyun.hte} so that no component scan (the application's or a test's, should a
 * benchmark build leave it in test-classes) ever picks it up.
 * <ul>
 *   <li>{@code GET /api/v1/load-benchmark/no-op}: behind the API's security chain like every {@code /api/**}
 *       path, so it costs what a JWT-validated request costs and nothing more: the benchmark's yardstick.</li>
 *   <li>{@code GET /api/v1/load-benchmark/database-commands}: how many commands the application sent to the
 *       database so far, by collection and command name (a driver command listener), so the benchmark can
 *       count the database work per request and the session reads and writes per page view.</li>
 *   <li>{@code GET /api/v1/load-benchmark/process}: the bytes the application's live threads have allocated so
 *       far and each garbage collector's collections and their time, so the benchmark can give the allocation and
 *       the collections of each load.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LoadBenchmarkEndpoints {

    @Bean
    DatabaseCommands databaseCommands() {
        return new DatabaseCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer databaseCommandCounter(DatabaseCommands commands) {
        return settings -> settings.addCommandListener(commands);
    }

    /** Counts the commands the application sends, by collection and command name ({@code sessions.find}). */
    public static class DatabaseCommands implements CommandListener {

        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            String collection = target != null && target.isString() ? target.asString().getValue() : "-";
            counts.computeIfAbsent(collection + "." + event.getCommandName(), name -> new LongAdder()).increment();
        }

        Map<String, Long> snapshot() {
            Map<String, Long> snapshot = new TreeMap<>();
            counts.forEach((name, count) -> snapshot.put(name, count.sum()));
            return snapshot;
        }
    }

    /** Registered as a member class of this configuration. */
    @RestController
    public static class Endpoints {

        private final DatabaseCommands commands;

        Endpoints(DatabaseCommands commands) {
            this.commands = commands;
        }

        @GetMapping(path = "/api/v1/load-benchmark/no-op", produces = MediaType.APPLICATION_JSON_VALUE)
        Mono<String> noOp() {
            return Mono.just("{}");
        }

        /**
         * Bytes allocated by the threads alive now (a thread ended meanwhile takes its count with it; the event
         * loops and the driver's threads that do a request's work live as long as the application), and
         * {@code gc.<collector>.count} and {@code .millis} for each collector.
         */
        @GetMapping(path = "/api/v1/load-benchmark/process", produces = MediaType.APPLICATION_JSON_VALUE)
        Mono<Map<String, Long>> process() {
            Map<String, Long> figures = new TreeMap<>();
            var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long allocated = 0;
            for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
                allocated += Math.max(bytes, 0);
            }
            figures.put("allocatedBytes", allocated);
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                String name = "gc." + collector.getName().replace(' ', '-');
                figures.put(name + ".count", collector.getCollectionCount());
                figures.put(name + ".millis", collector.getCollectionTime());
            }
            return Mono.just(figures);
        }

        @GetMapping(path = "/api/v1/load-benchmark/database-commands", produces = MediaType.APPLICATION_JSON_VALUE)
        Mono<Map<String, Long>> databaseCommands() {
            return Mono.just(commands.snapshot());
        }
    }
}
