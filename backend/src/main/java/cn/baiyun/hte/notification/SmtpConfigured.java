package cn.baiyun.hte.notification;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Mail is sent only where an SMTP host is configured ({@code HTE_SMTP_HOST}); an empty one counts as none. */
class SmtpConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String host = context.getEnvironment().getProperty(MailSettings.HOST);
        return host != null && !host.isBlank();
    }
}
