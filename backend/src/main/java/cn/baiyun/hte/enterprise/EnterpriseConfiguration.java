package cn.baiyun.hte.enterprise;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnterpriseConfiguration {

    @Bean
    TechnicalFieldCatalogue technicalFieldCatalogue() {
        return TechnicalFieldCatalogue.fromClasspath();
    }

    @Bean
    ReaderFirmsFilter readerFirmsFilter(ReaderFirmsScope scope) {
        return new ReaderFirmsFilter(scope);
    }

    @Bean
    MessageBundle enterpriseMessages() {
        return new MessageBundle("enterprise/messages");
    }
}
