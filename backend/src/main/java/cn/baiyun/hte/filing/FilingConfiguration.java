package cn.baiyun.hte.filing;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FilingConfiguration {

    @Bean
    MessageBundle filingMessages() {
        return new MessageBundle("filing/messages");
    }
}
