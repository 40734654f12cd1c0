package cn.baiyun.hte.roadshow;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.paging.PageRequest;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Events a page at a time in the order people look for them: those not yet ended by their start, soonest
 * first, then those ended, latest first. Keyset paging over two ranges: the cursor says which range it is in
 * ({@code u} or {@code p}), the start (epoch milliseconds) and id of the last event shown, so pages stay
 * stable while events are added. Served by the index {@code by_status_start}.
 */
@Component
class RoadshowListing {

    private static final Pattern CURSOR = Pattern.compile("([up])\\.(-?\\d{1,15})\\.([0-9a-f]{24})");

    private final ReactiveMongoTemplate mongo;

    RoadshowListing(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<PageOf<Roadshow>> page(boolean organiser, RoadshowSearch search, Instant now) {
        return Mono.fromCallable(() -> filter(organiser, search))
                .zipWith(PageRequest.checked(search.limit(), search.cursor(), RoadshowSearch.PAGE_SIZE,
                        cursor -> CURSOR.matcher(cursor).matches()))
                .flatMap(found -> {
                    Criteria filter = found.getT1();
                    PageRequest page = found.getT2();
                    var cursor = page.cursor() == null ? null : CURSOR.matcher(page.cursor());
                    boolean inPast = cursor != null && cursor.matches() && cursor.group(1).equals("p");
                    Criteria after = cursor == null ? null : after(cursor.group(1).equals("u"),
                            Instant.ofEpochMilli(Long.parseLong(cursor.group(2))), cursor.group(3));
                    Mono<List<Roadshow>> upcoming = inPast ? Mono.just(List.of())
                            : range(filter, true, after, now, page.limit() + 1);
                    return upcoming.flatMap(first -> {
                        if (first.size() > page.limit()) {
                            return Mono.just(first);
                        }
                        return range(filter, false, inPast ? after : null, now, page.limit() + 1 - first.size())
                                .map(rest -> {
                                    List<Roadshow> all = new ArrayList<>(first);
                                    all.addAll(rest);
                                    return all;
                                });
                    }).map(all -> PageOf.ofFetched(all, page, roadshow -> cursorOf(roadshow, now)));
                });
    }

    private Mono<List<Roadshow>> range(Criteria filter, boolean upcoming, Criteria after, Instant now, int limit) {
        Criteria range = upcoming ? Criteria.where("endsAt").gte(now) : Criteria.where("endsAt").lt(now);
        List<Criteria> all = new ArrayList<>(List.of(filter, range));
        if (after != null) {
            all.add(after);
        }
        Sort.Direction direction = upcoming ? Sort.Direction.ASC : Sort.Direction.DESC;
        Query query = Query.query(new Criteria().andOperator(all)).with(Sort.by(direction, "startsAt", "_id"))
                .limit(limit);
        return mongo.find(query, Roadshow.class).collectList();
    }

    /** Events after the cursor's in the range's order. */
    private static Criteria after(boolean upcoming, Instant startsAt, String id) {
        ObjectId last = new ObjectId(id);
        return upcoming
                ? new Criteria().orOperator(Criteria.where("startsAt").gt(startsAt),
                        Criteria.where("startsAt").is(startsAt).and("_id").gt(last))
                : new Criteria().orOperator(Criteria.where("startsAt").lt(startsAt),
                        Criteria.where("startsAt").is(startsAt).and("_id").lt(last));
    }

    private static String cursorOf(Roadshow roadshow, Instant now) {
        String range = roadshow.endsAt().isBefore(now) ? "p" : "u";
        return range + "." + roadshow.startsAt().toEpochMilli() + "." + roadshow.id();
    }

    private static Criteria filter(boolean organiser, RoadshowSearch search) {
        List<Criteria> all = new ArrayList<>();
        all.add(organiser ? Criteria.where("status").exists(true)
                : Criteria.where("status").ne(RoadshowStatus.DRAFT));
        String theme = RoadshowRules.strip(search.theme());
        if (theme != null) {
            all.add(Criteria.where("themes").is(theme));
        }
        String field = RoadshowRules.strip(search.technicalField());
        if (field != null) {
            all.add(Criteria.where("technicalFields").regex("^" + Pattern.quote(field) + "(\\.|$)"));
        }
        String month = RoadshowRules.strip(search.month());
        if (month != null) {
            YearMonth parsed = month(month);
            all.add(Criteria.where("startsAt")
                    .gte(parsed.atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant())
                    .lt(parsed.plusMonths(1).atDay(1).atStartOfDay(ClockConfiguration.ZONE).toInstant()));
        }
        return new Criteria().andOperator(all);
    }

    private static YearMonth month(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                return month;
            }
        } catch (DateTimeParseException e) {
            // told below, as a problem of the field
        }
        problems.add(new FieldProblem("month", "roadshow.month.invalid"));
        throw PortalException.invalid(problems);
    }
}
