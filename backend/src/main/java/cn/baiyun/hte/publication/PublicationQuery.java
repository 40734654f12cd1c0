package cn.baiyun.hte.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.InputText;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import reactor.core.publisher.Mono;

/**
 * The newest-first lists of announcements and policies, a page at a time by keyset ({@code listedAt}, then the
 * id, both descending; the cursor is the last item's pair), so that each page is one range over the index
 * {@code status, [category | tags,] listedAt, _id} however deep the reader pages.
 *
 * <p>The title search looks for the words as typed, lower-cased, anywhere in {@code titleKey} (both titles
 * lower-cased): a plain regular expression, quoted, which the embedded server and MongoDB answer alike.
 * MongoDB's text index would split Chinese badly (it has no Chinese tokenizer) and the embedded server
 * cannot answer {@code $text} at all. An unanchored pattern cannot seek in the {@code status, titleKey}
 * index, but scans its keys rather than the documents; at the bureau's scale (hundreds of items a year)
 * that is ample.
 */
final class PublicationQuery {

    private static final String SEPARATOR = "_";

    private PublicationQuery() {
    }

    /**
     * The criteria of a search: everyone but reviewers sees only what is published; a status other than
     * published is for reviewers (403 otherwise). {@code topicField} is where the topic filter looks.
     */
    static Mono<Criteria> criteria(PortalUser user, PublicationSearch search, String topicField, Object topic) {
        boolean reviewer = mayManage(user);
        if (search.status() != null && search.status() != PublicationStatus.PUBLISHED && !reviewer) {
            return Mono.error(PortalException.forbidden());
        }
        List<FieldProblem> problems = new ArrayList<>();
        String q = PublicationRules.strip(search.q());
        if (q != null && q.length() > PublicationSearch.MAX_QUERY) {
            problems.add(new FieldProblem("q", "publication.text.too-long", PublicationSearch.MAX_QUERY));
        } else if (q != null && !InputText.acceptableLine(q)) {
            problems.add(new FieldProblem("q", InputText.CONTROL_CHARACTER_KEY));
        }
        if (!problems.isEmpty()) {
            return Mono.error(PortalException.invalid(problems));
        }
        Criteria criteria = new Criteria();
        if (search.status() != null) {
            criteria = Criteria.where("status").is(search.status());
        } else if (!reviewer) {
            criteria = Criteria.where("status").is(PublicationStatus.PUBLISHED);
        }
        if (topic != null) {
            criteria = criteria.and(topicField).is(topic);
        }
        if (q != null) {
            criteria = criteria.and("titleKey").regex(Pattern.quote(q.toLowerCase(Locale.ROOT)));
        }
        return Mono.just(criteria);
    }

    static <T extends Listed> Mono<PageOf<T>> page(ReactiveMongoTemplate mongo, Criteria criteria, Class<T> type,
                                                   PageRequest request) {
        Criteria range = criteria;
        if (request.cursor() != null) {
            String[] parts = request.cursor().split(SEPARATOR);
            Instant listedAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
            ObjectId id = new ObjectId(parts[1]);
            range = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    Criteria.where("listedAt").lt(listedAt),
                    Criteria.where("listedAt").is(listedAt).and("_id").lt(id)));
        }
        Query query = Query.query(range).with(Sort.by(Sort.Order.desc("listedAt"), Sort.Order.desc("_id")))
                .limit(request.limit() + 1);
        return mongo.find(query, type).collectList()
                .map(found -> PageOf.ofFetched(found, request, PublicationQuery::cursorOf));
    }

    static Mono<PageRequest> checkedPage(PublicationSearch search) {
        return PageRequest.checked(search.limit(), search.cursor(), PublicationSearch.PAGE_SIZE,
                PublicationQuery::issued);
    }

    /** Reviewers manage what is published, in their own session; integration clients only read. */
    static boolean mayManage(PortalUser user) {
        return user != null && user.isReviewer() && !user.client();
    }

    private static String cursorOf(Listed item) {
        return item.listedAt().toEpochMilli() + SEPARATOR + item.id();
    }

    private static boolean issued(String cursor) {
        String[] parts = cursor.split(SEPARATOR, -1);
        return parts.length == 2 && parts[0].matches("\\d{1,15}") && ObjectId.isValid(parts[1]);
    }
}
