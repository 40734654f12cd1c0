package cn.baiyun.hte.support.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.ExternalMongo;

/**
 * Several replicas of the application, each in a JVM of its own ({@link PortalProcess}), on one database in
 * a process of its own ({@link ExternalMongo}, memory backend): what a deployment with more than one replica
 * shares (sessions, leases, rate limits, runs) is proven between them. Replicas start one after the other
 * (the first creates the indexes and, if asked, the demo data), each with its actuator on a management port
 * of its own ({@link PortalProcess#managementUrl()}); each logs into {@code replica-<n>.log} in the
 * folder given. A replica can be killed and another one added while the rest keep running.
 */
public final class Replicas implements AutoCloseable {

    public static final String DATABASE = "hte";

    private final ExternalMongo database;
    private final Map<String, String> properties;
    private final Path folder;
    private final List<PortalProcess> replicas = new ArrayList<>();
    private int started;

    private Replicas(ExternalMongo database, Map<String, String> properties, Path folder) {
        this.database = database;
        this.properties = properties;
        this.folder = folder;
    }

    /**
     * Starts the database and {@code count} replicas with {@code properties} (give at least
     * {@code hte.keycloak.url}); waits until every replica is ready.
     */
    public static Replicas start(int count, Map<String, String> properties, Path folder) {
        try {
            Files.createDirectories(folder);
            ExternalMongo database = ExternalMongo.startInMemory("384m", folder.resolve("database.log"));
            Replicas replicas = new Replicas(database, properties, folder);
            try {
                for (int i = 0; i < count; i++) {
                    replicas.add();
                }
                return replicas;
            } catch (RuntimeException e) {
                replicas.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the replicas", e);
        }
    }

    /** Starts one more replica on the same database and waits until it is ready; it joins the end of the list. */
    public PortalProcess add() {
        Map<String, String> settings = new LinkedHashMap<>(properties);
        settings.put("spring.mongodb.uri", databaseUri());
        settings.put("hte.mongodb.embedded.enabled", "false");
        // As deployed: the actuator on a port of its own, one per replica here since they share the machine.
        settings.put(PortalProcess.MANAGEMENT_PORT, String.valueOf(PortalProcess.freePort()));
        PortalProcess replica = PortalProcess.start(settings, folder.resolve("replica-" + (++started) + ".log"));
        replicas.add(replica);
        return replica;
    }

    /** The replica at {@code index}, in the order they were started (killed ones stay in the list, dead). */
    public PortalProcess get(int index) {
        return replicas.get(index);
    }

    public String databaseUri() {
        return database.uri(DATABASE);
    }

    @Override
    public void close() {
        replicas.forEach(PortalProcess::close);
        database.close();
    }
}
