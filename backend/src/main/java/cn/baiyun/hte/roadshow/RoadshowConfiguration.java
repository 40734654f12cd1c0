package cn.baiyun.hte.roadshow;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RoadshowConfiguration {

    @Bean
    MessageBundle roadshowMessages() {
        return new MessageBundle("roadshow/messages");
    }
}
