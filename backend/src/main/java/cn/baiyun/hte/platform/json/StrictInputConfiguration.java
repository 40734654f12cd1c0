package cn.baiyun.hte.platform.json;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's mapper, which reads every API request body, reads it strictly ({@link StrictInput}). */
@Configuration(proxyBeanMethods = false)
class StrictInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictInput() {
        return StrictInput::applyTo;
    }
}
