package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import cn.baiyun.hte.platform.events.NoticeToFirm;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns every {@link NoticeToFirm} event into one notice for each approved member of the firm, and, when mail
 * is configured, one mail job per notice. Both are keyed by the event and the member, so an event delivered
 * again (the outbox delivers at least once) finds them and adds nothing; a delivery that failed half-way is
 * completed by the next one. The members are those of the moment the event is delivered.
 */
@Component
class NoticeWriter implements DomainEventListener {

    private final ReactiveMongoTemplate mongo;
    private final EnterpriseService enterprises;
    private final MailSettings mail;
    private final Clock clock;
    private final UnreadCounts unreadCounts;

    NoticeWriter(ReactiveMongoTemplate mongo, EnterpriseService enterprises, MailSettings mail, Clock clock,
                 UnreadCounts unreadCounts) {
        this.mongo = mongo;
        this.enterprises = enterprises;
        this.mail = mail;
        this.clock = clock;
        this.unreadCounts = unreadCounts;
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        if (!(event instanceof NoticeToFirm notice) || notice.header().enterpriseId() == null) {
            return Mono.empty();
        }
        return enterprises.memberIds(notice.header().enterpriseId())
                .concatMap(userId -> write(Notice.of(notice, userId)))
                .then();
    }

    private Mono<Void> write(Notice notice) {
        Mono<Void> stored = insertOnce(notice).doOnSuccess(done -> unreadCounts.changed(notice.userId()));
        return mail.configured() ? stored.then(insertOnce(MailJob.of(notice, Instant.now(clock)))) : stored;
    }

    private Mono<Void> insertOnce(Object document) {
        return mongo.insert(document).then().onErrorResume(DuplicateKeyException.class, written -> Mono.empty());
    }
}
