package cn.baiyun.hte.subsidy;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubsidyConfiguration {

    @Bean
    MessageBundle subsidyMessages() {
        return new MessageBundle("subsidy/messages");
    }
}
