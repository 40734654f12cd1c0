package cn.baiyun.loadbenchmark;

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
 *   <li>{@code GET /api/v1/load-benchmark/session-commands}: how many commands the application sent to the
 *       session collection so far, by command name (a driver command listener), so the benchmark can count
 *       session reads and writes per page view.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class LoadBenchmarkEndpoints {

    /** Spring Session's collection ({@code ReactiveMongoSessionRepository.DEFAULT_COLLECTION_NAME}). */
    static final String SESSIONS = "sessions";

    @Bean
    SessionCommands sessionCommands() {
        return new SessionCommands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer sessionCommandCounter(SessionCommands sessionCommands) {
        return settings -> settings.addCommandListener(sessionCommands);
    }

    /** Counts the commands sent to the session collection, by command name. */
    public static class SessionCommands implements CommandListener {

        private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            BsonValue target = event.getCommand().get(event.getCommandName());
            if (target != null && target.isString() && SESSIONS.equals(target.asString().getValue())) {
                counts.computeIfAbsent(event.getCommandName(), name -> new LongAdder()).increment();
            }
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

        private final SessionCommands sessionCommands;

        Endpoints(SessionCommands sessionCommands) {
            this.sessionCommands = sessionCommands;
        }

        @GetMapping(path = "/api/v1/load-benchmark/no-op", produces = MediaType.APPLICATION_JSON_VALUE)
        Mono<String> noOp() {
            return Mono.just("{}");
        }

        @GetMapping(path = "/api/v1/load-benchmark/session-commands", produces = MediaType.APPLICATION_JSON_VALUE)
        Mono<Map<String, Long>> sessionCommands() {
            return Mono.just(sessionCommands.snapshot());
        }
    }
}
