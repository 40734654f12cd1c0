package cn.baiyun.hte.platform.events;

import java.util.List;

/**
 * A domain event that the people of the firm it concerns ({@link EventHeader#enterpriseId()}) are told about:
 * a notice in the portal and an email. The emitting feature says what to tell them, the notification feature
 * delivers it to each member of the firm, so neither knows the other. The text is a message key of the
 * emitting feature's bundle, rendered in each reader's language when it is shown or mailed; its arguments
 * are stored with the notice, so a notice still reads the same after the subject changed.
 */
public interface NoticeToFirm extends DomainEvent {

    /** The key of the notice's text, e.g. {@code roadshow.notice.promoted}; {@code <key>.subject} is the mail's subject. */
    String noticeKey();

    /** The text's arguments ({0}, {1} …), each in both languages, since readers differ. */
    List<NoticeArgument> noticeArguments();

    /** Where in the portal the reader sees more, a path such as {@code /roadshows/{id}/registration}. */
    String noticeLink();

    /** One argument of a notice's text in Chinese and in English (the same text where there is no translation). */
    record NoticeArgument(String zh, String en) {

        public static NoticeArgument of(String text) {
            return new NoticeArgument(text, text);
        }

        public static NoticeArgument of(String zh, String en) {
            return new NoticeArgument(zh, en == null || en.isBlank() ? zh : en);
        }
    }
}
