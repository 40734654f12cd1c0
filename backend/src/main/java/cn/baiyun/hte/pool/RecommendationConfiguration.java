package cn.baiyun.hte.pool;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RecommendationConfiguration {

    @Bean
    MessageBundle recommendationMessages() {
        return new MessageBundle("recommendation/messages");
    }
}
