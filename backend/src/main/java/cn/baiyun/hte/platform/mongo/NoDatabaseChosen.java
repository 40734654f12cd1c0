package cn.baiyun.hte.platform.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither a MongoDB URI nor the embedded server is configured. */
class NoDatabaseChosen implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DatabaseChoice.of(context.getEnvironment()) == DatabaseChoice.NONE;
    }
}
