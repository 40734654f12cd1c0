package cn.baiyun.hte.integration.webhook;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfiguration {

    @Bean
    MessageBundle webhookMessages() {
        return new MessageBundle("webhook/messages");
    }
}
