package cn.baiyun.hte.platform.mongo;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Database health by {@code ping}, which real MongoDB and the embedded server both answer. Boot's own
 * indicator (switched off in application.yml) asks {@code hello}, which the embedded server lacks.
 */
@Component("mongo")
class DatabaseHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;

    DatabaseHealthIndicator(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.executeCommand(new Document("ping", 1))
                .map(answer -> builder.up().build());
    }
}
