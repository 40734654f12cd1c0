package cn.baiyun.hte.coaching;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CoachingConfiguration {

    @Bean
    MessageBundle coachingMessages() {
        return new MessageBundle("coaching/messages");
    }
}
