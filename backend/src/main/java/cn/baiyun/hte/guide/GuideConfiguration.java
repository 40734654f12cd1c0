package cn.baiyun.hte.guide;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GuideConfiguration {

    @Bean
    MessageBundle guideMessages() {
        return new MessageBundle("guide/messages");
    }
}
