package cn.baiyun.hte.platform.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/** Every collection's document count and a digest of all its documents: equal snapshots mean nothing changed. */
record DatabaseSnapshot(Map<String, String> collections) {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static DatabaseSnapshot of(ReactiveMongoTemplate mongo) {
        Map<String, String> collections = new TreeMap<>();
        for (String name : mongo.getCollectionNames().collectList().block(TIMEOUT)) {
            var documents = mongo.findAll(Document.class, name)
                    .map(Document::toJson)
                    .sort()
                    .collectList().block(TIMEOUT);
            MessageDigest digest = sha256();
            documents.forEach(json -> digest.update(json.getBytes(StandardCharsets.UTF_8)));
            collections.put(name, documents.size() + " documents, " + HexFormat.of().formatHex(digest.digest()));
        }
        return new DatabaseSnapshot(collections);
    }

    /** The collections that differ from {@code before}, each with its state before and after. */
    Map<String, String> changesSince(DatabaseSnapshot before) {
        Map<String, String> changes = new TreeMap<>();
        before.collections.forEach((name, state) -> {
            if (!state.equals(collections.get(name))) {
                changes.put(name, state + " → " + collections.getOrDefault(name, "gone"));
            }
        });
        collections.forEach((name, state) -> {
            if (!before.collections.containsKey(name)) {
                changes.put(name, "new → " + state);
            }
        });
        return changes;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
