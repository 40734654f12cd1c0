package cn.baiyun.hte.pool;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The texts of the firm's tier feedback and of the result explanation ({@code feedback/result.html}). */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    MessageBundle feedbackMessages() {
        return new MessageBundle("feedback/messages");
    }
}
