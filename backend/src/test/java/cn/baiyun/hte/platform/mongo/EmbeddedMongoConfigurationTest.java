package cn.baiyun.hte.platform.mongo;

import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoConfigurationTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedMongoConfiguration.class, DatabaseRequired.class)
            .withPropertyValues("hte.mongodb.embedded.backend=memory");

    @Test
    void theEmbeddedServerStartsWhenChosenAndIsTheConnection() {
        context.withPropertyValues("hte.mongodb.embedded.enabled=true").run(running -> {
            MongoServer server = running.getBean(MongoServer.class);
            assertThat(running.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .containsExactly("127.0.0.1:" + server.getLocalAddress().getPort());
        });
    }

    @Test
    void aConfiguredUriMeansARealMongoDbAndNoEmbeddedServerEvenWhenTheEmbeddedOneWasAskedFor() {
        context.withPropertyValues("spring.mongodb.uri=mongodb://db.example:27017/hte",
                        "hte.mongodb.embedded.enabled=true")
                .run(running -> assertThat(running).hasNotFailed().doesNotHaveBean(MongoServer.class)
                        .doesNotHaveBean(MongoConnectionDetails.class));
    }

    @Test
    void withoutAUriAndWithoutChoosingTheEmbeddedServerTheApplicationRefusesToStart() {
        context.run(running -> {
            assertThat(running).hasFailed();
            assertThat(running.getStartupFailure()).rootCause().isInstanceOf(NoDatabaseConfiguredException.class);
            FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(running.getStartupFailure());
            assertThat(analysis.getDescription()).doesNotContain("\n")
                    .contains("SPRING_MONGODB_URI").contains("HTE_EMBEDDED_MONGO=true");
        });
    }
}
