package cn.baiyun.hte.pool;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The self-check page's own texts: the formulas in plain words, the what-if form and its messages. */
@Configuration(proxyBeanMethods = false)
class SelfCheckConfiguration {

    @Bean
    MessageBundle selfCheckMessages() {
        return new MessageBundle("selfcheck/messages");
    }
}
