package cn.baiyun.hte.platform.web;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.SpringWebFluxTemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.serializer.StandardJavaScriptSerializer;
import org.thymeleaf.templateresolver.ITemplateResolver;

@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {

    /** Replaces Boot's file-reading resolver (it backs off for a bean of this name). */
    @Bean
    ITemplateResolver defaultTemplateResolver() {
        return new PreloadedTemplateResolver();
    }

    /**
     * Thymeleaf initializes itself on first use, and its standard dialect builds a JavaScript serializer
     * (scanning the class path for Jackson modules) on every render until one is set: do both here, at
     * start-up, instead of on an event-loop thread.
     */
    @Bean
    SmartInitializingSingleton templateEngineInitializer(SpringWebFluxTemplateEngine engine) {
        return () -> {
            engine.getDialects().stream()
                    .filter(StandardDialect.class::isInstance)
                    .map(StandardDialect.class::cast)
                    .forEach(dialect -> dialect.setJavaScriptSerializer(new StandardJavaScriptSerializer(true)));
            engine.getConfiguration();
        };
    }
}
