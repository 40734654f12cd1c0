package cn.baiyun.hte.roadshow;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The database as the tests that crowd one event use it ({@link SeatConcurrencyTest}, {@link SignUpCostTest}: one
 * application context for both): every command counted, by collection and command, and a patient wait for an
 * answer. Production waits 10 s for a command's answer and then gives the database up (every command in flight
 * fails); with 1,000 sign-ups in flight on a shared 2-core machine, one command can wait longer than that behind
 * the others at the embedded server, which works on a collection one command at a time. These tests are about
 * seats and commands, not the database's latency, so they wait.
 */
@TestConfiguration(proxyBeanMethods = false)
class CrowdedDatabase {

    static final int READ_TIMEOUT_MINUTES = 3;

    @Bean
    Commands commands() {
        return new Commands();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer countCommands(Commands commands) {
        return settings -> settings.addCommandListener(commands);
    }

    /** After the application's own timeouts (order 1), which it replaces for these tests only. */
    @Bean
    @Order(2)
    MongoClientSettingsBuilderCustomizer patientReads() {
        // The server monitor's heartbeat reads with the connect timeout: at the load averages of a shared machine
        // (26 measured) a heartbeat queued behind the sign-ups' commands for longer than production's, the driver
        // took the server for gone and failed every command in flight.
        return settings -> settings.applyToSocketSettings(socket -> socket
                .readTimeout(READ_TIMEOUT_MINUTES, TimeUnit.MINUTES)
                .connectTimeout(READ_TIMEOUT_MINUTES, TimeUnit.MINUTES));
    }

    /** Commands the application sent so far, by {@code collection.command}. */
    static class Commands implements CommandListener {

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
}
