package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import cn.baiyun.hte.enterprise.ClaimService;
import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Firms with members and the events that tell them something, delivered straight to the {@link NoticeWriter}
 * as the outbox would; and the notices and mail jobs as stored.
 */
@Component
class TestNotices {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Principals REVIEWER = Principals.reviewer();

    private final NoticeWriter writer;
    private final TestFirms firms;
    private final ClaimService claims;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    TestNotices(NoticeWriter writer, TestFirms firms, ClaimService claims, ReactiveMongoTemplate mongo, Clock clock) {
        this.writer = writer;
        this.firms = firms;
        this.claims = claims;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A firm with {@code owner} and then each of {@code others} as approved members; returns its id. */
    String firmWith(Principals owner, Principals... others) {
        String firm = firms.approvedFirm(owner, "消息测试企业");
        String uscc = firms.stored(firm).uscc();
        for (Principals other : others) {
            claims.approve(REVIEWER.user(), firms.pendingClaim(other, uscc, "消息测试企业").id()).block(TIMEOUT);
        }
        return firm;
    }

    /**
     * A filing of {@code year} returned to the firm, as its event; each event a millisecond after the one before
     * at least, so that the order of the notices is the order the events were made in.
     */
    FilingReturned returned(String firm, int year) {
        Instant at = last.updateAndGet(before -> {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
            return now.isAfter(before) ? now : before.plusMillis(1);
        });
        EventHeader header = new EventHeader(new ObjectId().toHexString(), FilingReturned.TYPE, at, REVIEWER.user().id(),
                REVIEWER.user().displayName(), "filing", firm + "-" + year, firm);
        return new FilingReturned(header, year, Map.of(FilingSection.STAFF, "请核对科技人员人数"));
    }

    /** Delivers the event to the notices, as the outbox does (again, when called again). */
    FilingReturned deliver(FilingReturned event) {
        writer.on(event).block(TIMEOUT);
        return event;
    }

    List<Notice> of(Principals user) {
        return mongo.find(Query.query(Criteria.where("userId").is(user.user().id())).with(Sort.by("createdAt")),
                Notice.class).collectList().block(TIMEOUT);
    }

    List<Notice> ofFirm(String firm) {
        return mongo.find(Query.query(Criteria.where("enterpriseId").is(firm)), Notice.class).collectList()
                .block(TIMEOUT);
    }

    List<MailJob> mailJobsOf(Principals user) {
        return mongo.find(Query.query(Criteria.where("userId").is(user.user().id())), MailJob.class).collectList()
                .block(TIMEOUT);
    }
}
