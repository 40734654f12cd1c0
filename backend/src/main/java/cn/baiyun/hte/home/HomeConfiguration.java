package cn.baiyun.hte.home;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeConfiguration {

    @Bean
    MessageBundle homeMessages() {
        return new MessageBundle("home/messages");
    }
}
