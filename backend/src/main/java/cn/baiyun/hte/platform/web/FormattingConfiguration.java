package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Numbers on every page are read and shown one way: registered once here, for every form field, query
 * parameter and {@code ${{...}}} in a template, instead of parsing in each form.
 */
@Configuration(proxyBeanMethods = false)
class FormattingConfiguration implements WebFluxConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new YuanFormatter());
        registry.addFormatterForFieldType(Integer.class, new WholeNumberFormatter());
    }
}
