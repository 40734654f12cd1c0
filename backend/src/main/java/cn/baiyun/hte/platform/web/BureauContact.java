package cn.baiyun.hte.platform.web;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How firms reach the bureau, shown in every page's footer ({@code hte.bureau.*}). The defaults in
 * application.yml are demo values; a deployment sets its own.
 *
 * @param hotline the service telephone number, as people dial it
 * @param email   the service mailbox
 * @param address where the bureau receives visitors, in Chinese and in English
 * @param hours   its working hours, in Chinese and in English
 */
@ConfigurationProperties("hte.bureau")
public record BureauContact(String hotline, String email, InTwoLanguages address, InTwoLanguages hours) {

    public String address(Locale locale) {
        return address.in(locale);
    }

    public String hours(Locale locale) {
        return hours.in(locale);
    }

    /** A text the deployment writes in both languages of the pages. */
    public record InTwoLanguages(String zh, String en) {

        String in(Locale locale) {
            return "en".equals(locale.getLanguage()) ? en : zh;
        }
    }
}
