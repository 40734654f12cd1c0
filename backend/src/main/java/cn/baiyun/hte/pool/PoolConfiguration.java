package cn.baiyun.hte.pool;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pool's texts, one bundle per template folder: the cycles and the board ({@code pool/}), the firm's
 * tier feedback and the result explanation ({@code feedback/}), the self-check's formulas in plain words
 * and its what-if form ({@code selfcheck/}), and the provincial recommendation list ({@code recommendation/}).
 */
@Configuration(proxyBeanMethods = false)
class PoolConfiguration {

    @Bean
    MessageBundle poolMessages() {
        return new MessageBundle("pool/messages");
    }

    @Bean
    MessageBundle feedbackMessages() {
        return new MessageBundle("feedback/messages");
    }

    @Bean
    MessageBundle selfCheckMessages() {
        return new MessageBundle("selfcheck/messages");
    }

    @Bean
    MessageBundle recommendationMessages() {
        return new MessageBundle("recommendation/messages");
    }
}
