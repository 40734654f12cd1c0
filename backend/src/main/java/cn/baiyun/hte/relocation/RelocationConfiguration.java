package cn.baiyun.hte.relocation;

import java.util.Map;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import cn.baiyun.hte.platform.audit.CodeNameFormat;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RelocationConfiguration {

    @Bean
    MessageBundle relocationMessages() {
        return new MessageBundle("relocation/messages");
    }

    /** Shows a relocation's recorded HTE status at arrival ({@link RelocationRecorded}) by its name, not its code. */
    @Bean
    ChangeValueFormat relocationChangeFormat(MessageSource messages) {
        return new CodeNameFormat(messages, "relocation", Map.of("hteAtArrival", "relocation.hte."));
    }
}
