package cn.baiyun.hte.platform.mongo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The in-process MongoDB-compatible server used when no {@code spring.mongodb.uri} is configured.
 *
 * @param backend {@code h2} keeps data in {@link #file} across restarts; {@code memory} forgets it on stop
 * @param file    the H2 file (relative to the working directory) for the {@code h2} backend
 * @param port    the loopback port to listen on; 0 picks a free one
 * @param database the database name the application uses
 */
@ConfigurationProperties("hte.mongodb.embedded")
public record EmbeddedMongoProperties(Backend backend, String file, int port, String database) {

    public EmbeddedMongoProperties {
        backend = backend == null ? Backend.H2 : backend;
        file = file == null ? "data/mongo.mv" : file;
        database = database == null ? "hte" : database;
    }

    public enum Backend { H2, MEMORY }
}
