package cn.baiyun.hte.notification;

import java.util.Locale;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * A notice as a plain-text mail in its reader's language: the notice's words, the absolute link to where the
 * reader sees more, and where all their notices are.
 */
@Component
class NoticeMail {

    private final NoticeText text;
    private final MailSettings settings;

    NoticeMail(NoticeText text, MailSettings settings) {
        this.text = text;
        this.settings = settings;
    }

    SimpleMailMessage compose(Notice notice, Recipient recipient) {
        Locale locale = recipient.locale();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(settings.from());
        mail.setTo(recipient.email());
        mail.setSubject(text.subject(notice, locale));
        mail.setText(String.join("\n",
                text.message("notification.mail.greeting", locale),
                "",
                text.text(notice, locale),
                "",
                text.message("notification.mail.link", locale, settings.absolute(notice.localLink())),
                "",
                "-- ",
                text.message("notification.mail.footer", locale, settings.absolute(NoticePages.LIST))));
        return mail;
    }
}
