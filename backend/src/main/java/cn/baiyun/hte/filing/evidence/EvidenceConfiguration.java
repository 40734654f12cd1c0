package cn.baiyun.hte.filing.evidence;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    MessageBundle evidenceMessages() {
        return new MessageBundle("filing/evidence/messages");
    }
}
