package cn.baiyun.hte.notification;

import java.time.Instant;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where and in which language a person is mailed: the address of their Keycloak account and the portal's
 * language as of their latest sign-in. Users live in Keycloak, and the portal asks it nothing outside a
 * sign-in, so the address is remembered then (see {@link SignInAddresses}).
 *
 * @param language {@code en} for a reader who uses the portal in English, else {@code zh-CN}
 */
@Document("noticeRecipients")
record Recipient(@Id String userId, String email, String language, Instant signedInAt) {

    boolean hasAddress() {
        return email != null && !email.isBlank();
    }

    Locale locale() {
        return Locale.ENGLISH.getLanguage().equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
