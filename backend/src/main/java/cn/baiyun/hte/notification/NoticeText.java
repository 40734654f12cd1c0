package cn.baiyun.hte.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A notice's words in one reader's language: its key looked up in the emitting feature's bundle (every
 * feature's bundle is part of the portal's messages), its arguments in that language. A key no bundle knows
 * is shown as itself rather than failing the page or the mail.
 */
@Component
class NoticeText {

    private final MessageSource messages;

    NoticeText(MessageSource messages) {
        this.messages = messages;
    }

    String text(Notice notice, Locale locale) {
        return messages.getMessage(notice.key(), arguments(notice, locale), notice.key(), locale);
    }

    /**
     * The mail's subject: the portal's name, then {@code <key>.subject} or the general one when the feature has
     * none; the name is added here so that every feature's mails say where they come from alike.
     */
    String subject(Notice notice, Locale locale) {
        String general = messages.getMessage("notification.mail.subject", null, locale);
        return messages.getMessage("notification.mail.subject-prefix", null, locale)
                + messages.getMessage(notice.key() + ".subject", arguments(notice, locale), general, locale);
    }

    /** One of the notification feature's own texts (the mail's greeting and footer). */
    String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static Object[] arguments(Notice notice, Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return notice.arguments().stream().map(argument -> english ? argument.en() : argument.zh()).toArray();
    }
}
