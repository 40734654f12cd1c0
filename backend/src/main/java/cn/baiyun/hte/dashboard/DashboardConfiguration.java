package cn.baiyun.hte.dashboard;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    MessageBundle dashboardMessages() {
        return new MessageBundle("dashboard/messages");
    }
}
