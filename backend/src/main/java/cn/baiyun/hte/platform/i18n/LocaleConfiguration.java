package cn.baiyun.hte.platform.i18n;

import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;
import org.springframework.web.server.i18n.LocaleContextResolver;

@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

    /** The bean name makes WebFlux use it for every exchange, error handling included. */
    @Bean(name = WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    LocaleContextResolver localeContextResolver() {
        return new PortalLocaleContextResolver();
    }

    /**
     * The shared bundle {@code messages} and every feature's {@link MessageBundle}, each in
     * {@code _zh_CN} and {@code _en}; any other locale reads Chinese. Never the JVM's locale: a server
     * set to English must still serve Chinese pages by default.
     */
    @Bean
    PreloadedMessageSource messageSource(ObjectProvider<MessageBundle> featureBundles) {
        PreloadedMessageSource messages = new PreloadedMessageSource();
        messages.addBasenames("messages");
        featureBundles.orderedStream().forEach(bundle -> messages.addBasenames(bundle.basename()));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(PortalLocaleContextResolver.CHINESE);
        return messages;
    }

    /**
     * Reads the bundles at start-up: loaded lazily they would be read from disk on an event-loop thread
     * by the first request that needs a message. Loaded bundles stay cached.
     */
    @Bean
    SmartInitializingSingleton messageBundlesPreloader(PreloadedMessageSource messages) {
        return () -> messages.preload(PortalLocaleContextResolver.SUPPORTED);
    }
}
