package cn.baiyun.hte.platform.mongo;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which database the application uses. The embedded server is never a silent fallback: a production
 * start with {@code SPRING_MONGODB_URI} forgotten must stop, not write the bureau's data into a local file.
 */
enum DatabaseChoice {

    /** {@code spring.mongodb.uri} names a real MongoDB. */
    CONFIGURED_URI,
    /** No URI, and the embedded server was asked for (the run command and the tests do). */
    EMBEDDED,
    /** Neither: the application refuses to start. */
    NONE;

    static final String EMBEDDED_FLAG = "hte.mongodb.embedded.enabled";

    static DatabaseChoice of(Environment environment) {
        if (StringUtils.hasText(environment.getProperty("spring.mongodb.uri"))) {
            return CONFIGURED_URI;
        }
        return environment.getProperty(EMBEDDED_FLAG, Boolean.class, false) ? EMBEDDED : NONE;
    }
}
