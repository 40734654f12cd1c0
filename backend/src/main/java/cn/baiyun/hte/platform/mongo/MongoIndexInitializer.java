package cn.baiyun.hte.platform.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Creates the indexes declared on every {@link org.springframework.data.mongodb.core.mapping.Document} class
 * before the application takes traffic. Reactive auto-index creation would race the first writes (a unique
 * index must exist before them), so this waits for the indexes on the start-up thread, which is not an
 * event-loop thread. Each collection's indexes go in one {@code createIndexes} command (the database
 * creates them together, and skips those that exist), and the collections' commands go out
 * {@value #AT_ONCE} at a time: the start-up waits for a few round trips, not one per index in a row.
 */
@Component
class MongoIndexInitializer implements SmartInitializingSingleton {

    static final int AT_ONCE = 8;

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
                .filter(entity -> entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class))
                .map(entity -> new Declared(collection(entity), specifications(resolver, entity)))
                .filter(declared -> !declared.indexes().isEmpty())
                .flatMap(declared -> template.executeCommand(new Document("createIndexes", declared.collection())
                        .append("indexes", declared.indexes())), AT_ONCE)
                .then()
                .block(Duration.ofMinutes(1));
    }

    /** One collection and the specifications of its indexes. */
    private record Declared(String collection, List<Document> indexes) {
    }

    private static List<Document> specifications(MongoPersistentEntityIndexResolver resolver,
                                                 MongoPersistentEntity<?> entity) {
        List<Document> specifications = new ArrayList<>();
        resolver.resolveIndexFor(entity.getTypeInformation()).forEach(index -> specifications.add(specification(index)));
        return specifications;
    }

    /** An index as {@code createIndexes} takes it: its keys, and its options (name, unique, sparse, TTL, ...) beside them. */
    private static Document specification(IndexDefinition index) {
        Document specification = new Document("key", index.getIndexKeys()).append("name", defaultName(index));
        specification.putAll(index.getIndexOptions());
        return specification;
    }

    /** {@code createIndexes} needs a name; an index declared without one gets the name the database would give it. */
    private static String defaultName(IndexDefinition index) {
        Object named = index.getIndexOptions().get("name");
        if (named != null) {
            return named.toString();
        }
        StringBuilder name = new StringBuilder();
        index.getIndexKeys().forEach((field, direction) ->
                name.append(name.isEmpty() ? "" : "_").append(field).append('_').append(direction));
        return name.toString();
    }

    private static String collection(MongoPersistentEntity<?> entity) {
        return entity.getCollection();
    }
}
