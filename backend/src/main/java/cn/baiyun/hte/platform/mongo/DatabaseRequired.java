package cn.baiyun.hte.platform.mongo;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Stops the start when no database was chosen, before anything connects to a default address. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseChosen.class)
class DatabaseRequired {

    DatabaseRequired() {
        throw new NoDatabaseConfiguredException();
    }
}
