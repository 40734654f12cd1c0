package cn.baiyun.hte.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import cn.baiyun.hte.platform.lease.Leases;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * Wires safe retries. Declared rather than scanned, so that web slice tests, which pick up every scanned
 * {@code WebFilter}, do not need the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    @Bean
    IdempotencyKeys idempotencyKeys(ReactiveMongoTemplate mongo, Clock clock, IdempotencyProperties properties) {
        return new IdempotencyKeys(mongo, clock, properties);
    }

    @Bean
    IdempotencyKeyFilter idempotencyKeyFilter(ObjectProvider<RequestMappingHandlerMapping> handlerMappings,
                                              IdempotencyKeys keys, ProblemResponseWriter problems,
                                              IdempotencyProperties properties) {
        return new IdempotencyKeyFilter(handlerMappings, keys, problems, properties);
    }

    @Bean
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotencyKeys keys, Leases leases, Clock clock,
                                            IdempotencyProperties properties,
                                            @Value("${hte.idempotency.purge-interval:PT1H}") Duration interval) {
        return new IdempotencyKeyPurge(keys, leases, clock, properties, interval);
    }

    @Bean
    OpenApiCustomizer idempotencyKeyContract() {
        return IdempotencyContract.customizer();
    }

    @Bean
    MessageBundle idempotencyMessages() {
        return new MessageBundle("idempotency/messages");
    }
}
