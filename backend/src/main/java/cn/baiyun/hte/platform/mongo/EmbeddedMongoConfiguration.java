package cn.baiyun.hte.platform.mongo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts mongo-java-server in-process so that the portal runs with nothing installed, when that was chosen
 * ({@code HTE_EMBEDDED_MONGO=true}: the run command and the tests do). A configured {@code spring.mongodb.uri}
 * (env {@code SPRING_MONGODB_URI}) always wins.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoChosen.class)
@EnableConfigurationProperties(EmbeddedMongoProperties.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "shutdownNow")
    MongoServer embeddedMongoServer(EmbeddedMongoProperties properties) throws IOException {
        MongoServer server = new MongoServer(backend(properties));
        server.bind("127.0.0.1", properties.port());
        log.info("Embedded MongoDB-compatible server ({} backend) listening on {}",
                properties.backend(), server.getLocalAddress());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server, EmbeddedMongoProperties properties) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString connectionString = new ConnectionString(
                "mongodb://127.0.0.1:" + address.getPort() + "/" + properties.database());
        return () -> connectionString;
    }

    private static MongoBackend backend(EmbeddedMongoProperties properties) throws IOException {
        if (properties.backend() == EmbeddedMongoProperties.Backend.MEMORY) {
            return new MemoryBackend();
        }
        Path file = Path.of(properties.file()).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return new CommittingH2Backend(file.toString());
    }
}
