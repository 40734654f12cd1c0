package cn.baiyun.hte.publication;

import java.util.List;
import java.util.Optional;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Announcements: everyone reads the published ones, newest first; reviewers also see drafts and withdrawn
 * ones, and draft, edit, publish and withdraw them (see {@link PublicationLifecycle}).
 */
@Service
public class AnnouncementService {

    private static final PublicationKind KIND = PublicationKind.ANNOUNCEMENT;

    private final PublicationLifecycle lifecycle;
    private final PublicationRules rules;
    private final ReactiveMongoTemplate mongo;

    AnnouncementService(PublicationLifecycle lifecycle, PublicationRules rules, ReactiveMongoTemplate mongo) {
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.mongo = mongo;
    }

    /** The latest published announcements, newest first, for the home page. */
    public Flux<Announcement> latest(int count) {
        return list(null, PublicationSearch.firstPage(count)).flatMapIterable(PageOf::items);
    }

    Mono<PageOf<Announcement>> list(PortalUser user, PublicationSearch search) {
        return Mono.defer(() -> category(search.topic())).flatMap(category -> PublicationQuery.criteria(user, search,
                                "category", category.orElse(null))
                        .zipWith(PublicationQuery.checkedPage(search)))
                .flatMap(found -> PublicationQuery.page(mongo, found.getT1(), Announcement.class, found.getT2()));
    }

    Mono<Announcement> find(PortalUser user, String id) {
        return lifecycle.visible(user, Announcement.class, id);
    }

    /** Drafts an announcement (reviewers). */
    public Mono<Announcement> create(PortalUser reviewer, AnnouncementDetails details) {
        return PublicationLifecycle.requireManager(reviewer).then(Mono.defer(() -> {
            AnnouncementDetails clean = rules.normalized(details);
            return PublicationLifecycle.valid(rules.problems(clean))
                    .then(Mono.defer(() -> lifecycle.draft(Announcement.drafted(clean, lifecycle.now()), reviewer,
                            KIND)));
        }));
    }

    Mono<Announcement> update(PortalUser reviewer, String id, AnnouncementDetails details, IfMatch ifMatch) {
        return lifecycle.managed(reviewer, Announcement.class, id).flatMap(current -> {
            AnnouncementDetails clean = rules.normalized(details);
            return PublicationLifecycle.valid(rules.problems(clean))
                    .then(Mono.defer(() -> lifecycle.save(current.edited(clean, lifecycle.now()), current.version(),
                            ifMatch, reviewer, KIND, current.details(), clean)));
        });
    }

    /** Publishes a draft or withdrawn announcement (reviewers). */
    public Mono<Announcement> publish(PortalUser reviewer, String id) {
        return lifecycle.publish(reviewer, KIND, Announcement.class, id);
    }

    Mono<Announcement> withdraw(PortalUser reviewer, String id) {
        return lifecycle.withdraw(reviewer, KIND, Announcement.class, id);
    }

    /** The category filter as named in the query; an unknown name is a problem of the {@code category} field. */
    private static Mono<Optional<AnnouncementCategory>> category(String topic) {
        String name = PublicationRules.strip(topic);
        if (name == null) {
            return Mono.just(Optional.empty());
        }
        for (AnnouncementCategory category : AnnouncementCategory.values()) {
            if (category.name().equals(name)) {
                return Mono.just(Optional.of(category));
            }
        }
        return Mono.error(PortalException.invalid(List.of(new FieldProblem("category", "publication.category.unknown"))));
    }
}
