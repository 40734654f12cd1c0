package cn.baiyun.hte.relocation;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelocationConfiguration {

    @Bean
    MessageBundle relocationMessages() {
        return new MessageBundle("relocation/messages");
    }
}
