package cn.baiyun.hte.referral;

import java.util.Map;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import cn.baiyun.hte.platform.audit.CodeNameFormat;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean
    MessageBundle referralMessages() {
        return new MessageBundle("referral/messages");
    }

    /** Shows a referral's recorded status and tier ({@link ReferralUpdated}) by their names, not their codes. */
    @Bean
    ChangeValueFormat referralChangeFormat(MessageSource messages) {
        return new CodeNameFormat(messages, "referral",
                Map.of("referralStatus", "referral.status.", "publishedTier", "referral.tier."));
    }
}
