package cn.baiyun.hte.platform.mongo;

import java.time.Duration;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates the indexes declared on every {@link Document} class before the application takes traffic.
 * Reactive auto-index creation would race the first writes (a unique index must exist before them),
 * so this waits for the indexes on the start-up thread, which is not an event-loop thread.
 */
@Component
class MongoIndexInitializer implements SmartInitializingSingleton {

    private final ReactiveMongoTemplate template;
    private final MongoMappingContext mappingContext;

    MongoIndexInitializer(ReactiveMongoTemplate template, MongoMappingContext mappingContext) {
        this.template = template;
        this.mappingContext = mappingContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var resolver = new MongoPersistentEntityIndexResolver(mappingContext);
        Flux.fromIterable(mappingContext.getPersistentEntities())
                .filter(entity -> entity.isAnnotationPresent(Document.class))
                .concatMap(entity -> Flux.fromIterable(resolver.resolveIndexFor(entity.getTypeInformation()))
                        .concatMap(index -> template.indexOps(collection(entity)).createIndex(index)))
                .then()
                .block(Duration.ofMinutes(1));
    }

    private static String collection(MongoPersistentEntity<?> entity) {
        return entity.getCollection();
    }
}
