package cn.baiyun.hte.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;

import cn.baiyun.hte.platform.error.ProblemResponseWriter;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import cn.baiyun.hte.platform.lease.Leases;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Wires the per-client rate limits. Declared rather than scanned, so that web slice tests, which pick up
 * every scanned {@code WebFilter}, do not need the database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RequestCounters requestCounters(ReactiveMongoTemplate mongo) {
        return new RequestCounters(mongo);
    }

    @Bean
    ClientRateLimitFilter clientRateLimitFilter(RequestCounters counters, RateLimitProperties limits,
                                                ProblemResponseWriter problems, Clock clock) {
        return new ClientRateLimitFilter(counters, limits, problems, clock);
    }

    @Bean
    RequestWindowPurge requestWindowPurge(RequestCounters counters, Leases leases, Clock clock,
                                          @Value("${hte.rate-limits.purge-interval:PT10M}") Duration interval) {
        return new RequestWindowPurge(counters, leases, clock, interval);
    }

    @Bean
    OpenApiCustomizer rateLimitContract() {
        return RateLimitContract.customizer();
    }

    @Bean
    MessageBundle rateLimitMessages() {
        return new MessageBundle("ratelimit/messages");
    }
}
