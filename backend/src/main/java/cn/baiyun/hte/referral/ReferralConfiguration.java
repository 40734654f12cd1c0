package cn.baiyun.hte.referral;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean
    MessageBundle referralMessages() {
        return new MessageBundle("referral/messages");
    }
}
