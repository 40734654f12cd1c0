package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EvidenceConfiguration {

    @Bean
    MessageBundle evidenceMessages() {
        return new MessageBundle("filing/evidence/messages");
    }
}
