package cn.baiyun.hte.notification;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MailSettings.class, NoticeRetention.class})
class NotificationConfiguration {

    /** Timeouts of one SMTP conversation, well within {@link MailSettings#claimFor()}, so a claim outlives its send. */
    private static final String SMTP_TIMEOUT_MS = "30000";
    private static final String SMTP_CONNECT_TIMEOUT_MS = "10000";

    @Bean
    MessageBundle notificationMessages() {
        return new MessageBundle("notification/messages");
    }

    @Bean
    @Conditional(SmtpConfigured.class)
    JavaMailSender noticeMailSender(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean authenticated = settings.username() != null && !settings.username().isBlank();
        if (authenticated) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties smtp = sender.getJavaMailProperties();
        smtp.put("mail.smtp.auth", String.valueOf(authenticated));
        // Encrypted whenever the server offers it (GreenMail of the local run offers plain SMTP only).
        smtp.put("mail.smtp.starttls.enable", "true");
        smtp.put("mail.smtp.connectiontimeout", SMTP_CONNECT_TIMEOUT_MS);
        smtp.put("mail.smtp.timeout", SMTP_TIMEOUT_MS);
        smtp.put("mail.smtp.writetimeout", SMTP_TIMEOUT_MS);
        return sender;
    }
}
