package cn.baiyun.hte.platform.mongo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/**
 * Money is stored as BSON Decimal128, never as a string or a double: exact, and comparable and summable
 * by the database itself (for sorting, ranges and aggregation of amounts).
 */
@Configuration(proxyBeanMethods = false)
class MoneyConversionConfiguration {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.bigDecimal(BigDecimalRepresentation.DECIMAL128));
    }
}
