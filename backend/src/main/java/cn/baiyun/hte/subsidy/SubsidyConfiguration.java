package cn.baiyun.hte.subsidy;

import java.util.Map;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import cn.baiyun.hte.platform.audit.CodeNameFormat;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubsidyConfiguration {

    @Bean
    MessageBundle subsidyMessages() {
        return new MessageBundle("subsidy/messages");
    }

    /** Shows a schedule row's recorded event ({@link RateChanged}) by its name, not its code. */
    @Bean
    ChangeValueFormat subsidyChangeFormat(MessageSource messages) {
        return new CodeNameFormat(messages, "subsidy-rate", Map.of("subsidyEvent", "subsidy.event."));
    }
}
