package cn.baiyun.hte.platform.mongo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Every index a document class declares exists once the application has started, with its options. */
@PortalIntegrationTest
class MongoIndexInitializerTest {

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    MongoMappingContext mapping;

    @Test
    void everyDeclaredIndexExistsWithItsOptions() {
        var resolver = new MongoPersistentEntityIndexResolver(mapping);
        List<String> checked = new ArrayList<>();
        mapping.getPersistentEntities().stream().filter(entity -> entity.isAnnotationPresent(Document.class))
                .forEach(entity -> resolver.resolveIndexFor(entity.getTypeInformation()).forEach(declared -> {
                    List<IndexInfo> existing = mongo.indexOps(entity.getCollection()).getIndexInfo().collectList()
                            .block(Duration.ofSeconds(10));
                    String name = (String) declared.getIndexOptions().get("name");
                    boolean unique = Boolean.TRUE.equals(declared.getIndexOptions().get("unique"));
                    assertThat(existing).as(entity.getCollection() + " " + declared.getIndexKeys())
                            .anySatisfy(index -> {
                                assertThat(index.getIndexFields()).extracting(field -> field.getKey())
                                        .containsExactlyElementsOf(declared.getIndexKeys().keySet());
                                if (name != null) {
                                    assertThat(index.getName()).isEqualTo(name);
                                }
                                assertThat(index.isUnique()).isEqualTo(unique);
                            });
                    checked.add(entity.getCollection());
                }));
        assertThat(checked).as("collections with declared indexes").contains("notices", "memberships");
    }
}
