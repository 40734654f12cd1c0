package cn.baiyun.hte.publication;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicationConfiguration {

    @Bean
    MessageBundle publicationMessages() {
        return new MessageBundle("publication/messages");
    }
}
