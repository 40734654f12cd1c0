package cn.baiyun.hte.chain;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChainConfiguration {

    @Bean
    MessageBundle chainMessages() {
        return new MessageBundle("chain/messages");
    }
}
