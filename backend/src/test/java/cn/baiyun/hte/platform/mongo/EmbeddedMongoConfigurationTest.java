package cn.baiyun.hte.platform.mongo;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedMongoConfiguration.class)
            .withPropertyValues("hte.mongodb.embedded.backend=memory");

    @Test
    void withoutAConfiguredUriTheEmbeddedServerStartsAndIsTheConnection() {
        context.run(running -> {
            MongoServer server = running.getBean(MongoServer.class);
            assertThat(running.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .containsExactly("127.0.0.1:" + server.getLocalAddress().getPort());
        });
    }

    @Test
    void aConfiguredUriMeansARealMongoDbAndNoEmbeddedServer() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/hte")
                .run(running -> assertThat(running).doesNotHaveBean(MongoServer.class)
                        .doesNotHaveBean(MongoConnectionDetails.class));
    }
}
