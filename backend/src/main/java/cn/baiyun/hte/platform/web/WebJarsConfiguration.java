package cn.baiyun.hte.platform.web;

import java.util.List;

import org.springframework.boot.webflux.autoconfigure.ResourceHandlerRegistrationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.LiteWebJarsResourceResolver;
import org.springframework.web.reactive.resource.PathResourceResolver;
import org.webjars.WebJarVersionLocator;

/**
 * Serves the webjars under version-less addresses through a locator that has looked up their versions
 * at start-up: its first lookup of a webjar reads the jar's {@code pom.properties}, a blocking read that
 * must not happen on an event loop. Registered before Spring Boot's own webjars mapping, which then
 * steps aside. Every static file, webjar or not, is read through {@link ClosedBetweenReads}, so that a client
 * hanging up mid-answer cannot break the read of another file of the same jar.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebJarsConfiguration implements WebFluxConfigurer {

    /** The webjars the pages load; a page that loads another must add it here. */
    static final List<String> USED_BY_PAGES = List.of("echarts");

    private final WebJarVersionLocator locator = new WebJarVersionLocator();

    WebJarsConfiguration() {
        USED_BY_PAGES.forEach(locator::version);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new ClosedBetweenReads())
                .addResolver(new LiteWebJarsResourceResolver(locator));
    }

    /**
     * Spring Boot's mapping of the other static files ({@code /css}, {@code /js}, …): without a chain of its own.
     * The path resolver is named so that the chain does not add a webjars resolver of its own, whose lookups
     * would read the class path on an event loop.
     */
    @Bean
    ResourceHandlerRegistrationCustomizer staticFilesClosedBetweenReads() {
        return registration -> registration.resourceChain(false)
                .addResolver(new ClosedBetweenReads())
                .addResolver(new PathResourceResolver());
    }
}
