package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import cn.baiyun.hte.platform.security.SignInListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Remembers a person's mail address when they sign in to the pages: the {@code email} claim of their Keycloak
 * ID token, with the language they use the portal in, and lets the mails that waited for an address go. The
 * portal keeps no user directory and asks Keycloak nothing between sign-ins, so this is the moment the address
 * is known; a member who never signed in gets their notices in the portal and their mails once they sign in.
 * Told by the platform's sign-in ({@link SignInListener}), which a failure here never fails.
 */
@Component
class SignInAddresses implements SignInListener {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    SignInAddresses(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Mono<Void> signedIn(SignedIn person) {
        return remember(person.userId(), person.email(), person.locale());
    }

    /** Stores the person's address and language and releases their mails that waited for an address. */
    Mono<Void> remember(String userId, String email, Locale locale) {
        if (email == null || email.isBlank()) {
            return Mono.empty();
        }
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
        Instant now = Instant.now(clock);
        Update recipient = new Update().set("email", email.strip()).set("language", language).set("signedInAt", now);
        Query waiting = Query.query(Criteria.where("userId").is(userId).and("status").is(MailJob.Status.AWAITING_ADDRESS));
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(userId)), recipient,
                        FindAndModifyOptions.options().upsert(true), Recipient.class)
                .then(mongo.updateMulti(waiting, new Update().set("status", MailJob.Status.PENDING)
                        .set("nextAttemptAt", now), MailJob.class))
                .then();
    }
}
