package cn.baiyun.hte.platform.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when the embedded server was chosen ({@code hte.mongodb.embedded.enabled}) and no real MongoDB
 * is configured: a configured URI always wins, so a forgotten flag can never hide production data.
 */
class EmbeddedMongoChosen implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DatabaseChoice.of(context.getEnvironment()) == DatabaseChoice.EMBEDDED;
    }
}
