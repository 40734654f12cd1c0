package cn.baiyun.hte.enterprise;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnterpriseConfiguration {

    @Bean
    TechnicalFieldCatalogue technicalFieldCatalogue() {
        return TechnicalFieldCatalogue.fromClasspath();
    }
}
