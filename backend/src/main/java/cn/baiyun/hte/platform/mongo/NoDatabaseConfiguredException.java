package cn.baiyun.hte.platform.mongo;

/** Thrown at start-up when no database was chosen; {@link NoDatabaseFailureAnalyzer} tells what to set. */
class NoDatabaseConfiguredException extends IllegalStateException {

    NoDatabaseConfiguredException() {
        super("No database configured: set SPRING_MONGODB_URI to a MongoDB replica set, or "
                + "HTE_EMBEDDED_MONGO=true for the embedded demo database.");
    }
}
