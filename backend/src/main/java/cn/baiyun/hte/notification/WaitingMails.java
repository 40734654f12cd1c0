package cn.baiyun.hte.notification;

import java.util.List;

import cn.baiyun.hte.platform.metrics.WaitingWork;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Notice mails not sent yet (waiting for their turn or being sent), for the {@code hte.work.waiting} gauge: one
 * count on the {@code due} index. A growing number means the mail server refuses or the workers are stuck.
 * Mails waiting for their reader's first sign-in are not counted: no worker could send them.
 */
@Component
class WaitingMails implements WaitingWork {

    private static final List<String> UNSENT = List.of(MailJob.Status.PENDING.name(), MailJob.Status.SENDING.name());

    private final ReactiveMongoTemplate mongo;

    WaitingMails(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String kind() {
        return "mail";
    }

    @Override
    public Mono<Long> count() {
        return mongo.count(Query.query(Criteria.where("status").in(UNSENT)), MailJob.COLLECTION);
    }
}
