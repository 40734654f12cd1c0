package cn.baiyun.hte.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.paging.PageSize;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A person's own notices: every query names the caller's user id, so nobody reads or marks another's (a
 * notice of someone else answers as one that does not exist). Integration clients have no notices.
 */
@Service
public class NoticeService {

    static final PageSize PAGE_SIZE = new PageSize(20, 100);
    /** The header shows "99+" beyond this: counting stops there, so a long unread list costs no more. */
    static final int COUNT_CAP = 100;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final UnreadCounts unreadCounts;

    NoticeService(ReactiveMongoTemplate mongo, Clock clock, UnreadCounts unreadCounts) {
        this.mongo = mongo;
        this.clock = clock;
        this.unreadCounts = unreadCounts;
    }

    /** The caller's notices, newest first, a page at a time; the cursor is where the previous page ended. */
    Mono<PageOf<Notice>> page(PortalUser user, Integer limit, String cursor) {
        return person(user).then(PageRequest.checked(limit, cursor, PAGE_SIZE, Cursor::valid)).flatMap(page -> {
            Criteria mine = Criteria.where("userId").is(user.id());
            Criteria criteria = page.cursor() == null ? mine
                    : new Criteria().andOperator(mine, Cursor.parse(page.cursor()).after());
            Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"))
                    .limit(page.limit() + 1);
            return mongo.find(query, Notice.class).collectList()
                    .map(found -> PageOf.ofFetched(found, page, Cursor::of));
        });
    }

    /**
     * How many of the caller's notices are unread, counted up to {@link #COUNT_CAP}: one indexed count, kept
     * a few seconds ({@link UnreadCounts}).
     */
    Mono<Long> unreadCount(PortalUser user) {
        Query unread = Query.query(Criteria.where("userId").is(user.id()).and("readAt").is(null)).limit(COUNT_CAP);
        return unreadCounts.of(user.id(), () -> mongo.count(unread, Notice.class));
    }

    /** Marks one of the caller's notices read (a second time changes nothing) and answers it. */
    Mono<Notice> markRead(PortalUser user, String noticeId) {
        Query mine = Query.query(Criteria.where("_id").is(noticeId).and("userId").is(user.id()));
        return person(user).then(mongo.findAndModify(Query.query(Criteria.where("_id").is(noticeId)
                                .and("userId").is(user.id()).and("readAt").is(null)),
                        new Update().set("readAt", Instant.now(clock)),
                        FindAndModifyOptions.options().returnNew(true), Notice.class)
                        .doOnNext(read -> unreadCounts.changed(user.id())))
                .switchIfEmpty(Mono.defer(() -> mongo.findOne(mine, Notice.class)))
                .switchIfEmpty(Mono.error(PortalException::notFound));
    }

    /** Marks every unread notice of the caller read; answers how many. */
    Mono<Long> markAllRead(PortalUser user) {
        Query unread = Query.query(Criteria.where("userId").is(user.id()).and("readAt").is(null));
        return person(user).then(mongo.updateMulti(unread, new Update().set("readAt", Instant.now(clock)), Notice.class))
                .doOnNext(result -> unreadCounts.changed(user.id()))
                .map(result -> result.getModifiedCount());
    }

    private static Mono<Void> person(PortalUser user) {
        return user.client() ? Mono.error(PortalException.forbidden()) : Mono.empty();
    }

    /** The position after a notice in newest-first order: its time and id. */
    record Cursor(Instant createdAt, String id) {

        private static final String SEPARATOR = "_";

        static String of(Notice notice) {
            return notice.createdAt().toEpochMilli() + SEPARATOR + notice.id();
        }

        static boolean valid(String cursor) {
            String[] parts = cursor.split(SEPARATOR, -1);
            if (parts.length != 2 || !parts[0].matches("\\d{1,15}")) {
                return false;
            }
            try {
                UUID.fromString(parts[1]);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        static Cursor parse(String cursor) {
            String[] parts = cursor.split(SEPARATOR, -1);
            return new Cursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1]);
        }

        Criteria after() {
            return new Criteria().orOperator(Criteria.where("createdAt").lt(createdAt),
                    Criteria.where("createdAt").is(createdAt).and("_id").lt(id));
        }
    }
}
