package cn.baiyun.hte.platform.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * How long a request waits for an unreachable database before it is answered "temporarily unavailable".
 * The driver's defaults (30 s to find a server, 10 s to connect, no limit on an answer) would keep a
 * person's request open for half a minute, or for ever with a database that hangs. A URI that names one of
 * these options itself ({@code serverSelectionTimeoutMS}, {@code connectTimeoutMS}, {@code socketTimeoutMS})
 * keeps its own value.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseTimeouts {

    static final Duration SERVER_SELECTION = Duration.ofSeconds(3);
    static final Duration CONNECT = Duration.ofSeconds(2);
    /** Longer than any single command of the portal takes (a cycle run's batches included). */
    static final Duration READ = Duration.ofSeconds(10);

    /** Applied after Boot's own customizer (order 0), which applies the connection string. */
    @Bean
    @Order(1)
    MongoClientSettingsBuilderCustomizer shortDatabaseTimeouts(MongoConnectionDetails connection) {
        ConnectionString uri = connection.getConnectionString();
        return settings -> {
            if (uri.getServerSelectionTimeout() == null) {
                settings.applyToClusterSettings(cluster ->
                        cluster.serverSelectionTimeout(SERVER_SELECTION.toMillis(), TimeUnit.MILLISECONDS));
            }
            settings.applyToSocketSettings(socket -> {
                if (uri.getConnectTimeout() == null) {
                    socket.connectTimeout(Math.toIntExact(CONNECT.toMillis()), TimeUnit.MILLISECONDS);
                }
                if (uri.getSocketTimeout() == null) {
                    socket.readTimeout(Math.toIntExact(READ.toMillis()), TimeUnit.MILLISECONDS);
                }
            });
        };
    }
}
