package cn.baiyun.hte.publication;

import java.util.ArrayList;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The policy library: everyone reads the published policies and downloads their PDFs; reviewers also see
 * drafts and withdrawn ones, and draft, edit, publish and withdraw them (see {@link PublicationLifecycle}).
 * The fields are checked before the PDF is streamed in, so a form with a mistake stores nothing; a file
 * replaced by an edit is removed once the edit is saved, and a new file whose policy could not be saved is
 * removed at once.
 */
@Service
public class PolicyService {

    private static final PublicationKind KIND = PublicationKind.POLICY;

    private final PublicationLifecycle lifecycle;
    private final PublicationRules rules;
    private final PolicyFiles files;
    private final ReactiveMongoTemplate mongo;

    PolicyService(PublicationLifecycle lifecycle, PublicationRules rules, PolicyFiles files,
                  ReactiveMongoTemplate mongo) {
        this.lifecycle = lifecycle;
        this.rules = rules;
        this.files = files;
        this.mongo = mongo;
    }

    PolicyFiles files() {
        return files;
    }

    Mono<PageOf<Policy>> list(PortalUser user, PublicationSearch search) {
        return PublicationQuery.criteria(user, search, "tags", PublicationRules.strip(search.topic()))
                .zipWith(PublicationQuery.checkedPage(search))
                .flatMap(found -> PublicationQuery.page(mongo, found.getT1(), Policy.class, found.getT2()));
    }

    Mono<Policy> find(PortalUser user, String id) {
        return lifecycle.visible(user, Policy.class, id);
    }

    Mono<ResponseEntity<Flux<DataBuffer>>> download(PortalUser user, String id) {
        return find(user, id).map(policy -> files.download(policy.file()));
    }

    /** Drafts a policy with its PDF, which it must have. */
    Mono<Policy> create(PortalUser reviewer, PolicyUpload upload) {
        return PublicationLifecycle.requireManager(reviewer).then(Mono.defer(() -> {
            PolicyDetails clean = rules.normalized(upload.details());
            List<FieldProblem> problems = problems(clean, upload);
            if (!upload.hasFile()) {
                problems.add(new FieldProblem(PolicyFiles.FIELD, "publication.file.required"));
            }
            return PublicationLifecycle.valid(problems)
                    .then(Mono.defer(() -> files.store(upload.filename(), upload.content())))
                    .flatMap(file -> lifecycle.draft(Policy.drafted(clean, file, lifecycle.now()), reviewer, KIND)
                            .onErrorResume(error -> files.remove(file).then(Mono.error(error))));
        }));
    }

    /** Drafts a policy with its PDF (reviewers), for callers inside the application such as the demo data. */
    public Mono<Policy> create(PortalUser reviewer, PolicyDetails details, String filename, Flux<DataBuffer> pdf) {
        return create(reviewer, new PolicyUpload(details, List.of(), filename, pdf));
    }

    /** Edits what a policy says and, if a file was sent, replaces its PDF. */
    Mono<Policy> update(PortalUser reviewer, String id, PolicyUpload upload, IfMatch ifMatch) {
        return lifecycle.managed(reviewer, Policy.class, id).flatMap(current -> {
            PolicyDetails clean = rules.normalized(upload.details());
            Mono<PolicyFile> file = upload.hasFile() ? files.store(upload.filename(), upload.content())
                    : Mono.just(current.file());
            return PublicationLifecycle.valid(problems(clean, upload))
                    .then(Mono.defer(() -> ifMatch.check(current.version())))
                    .then(Mono.defer(() -> file))
                    .flatMap(stored -> lifecycle.save(current.edited(clean, stored, lifecycle.now()),
                                    current.version(), ifMatch, reviewer, KIND, current.details(), clean)
                            .flatMap(saved -> stored.equals(current.file()) ? Mono.just(saved)
                                    : files.remove(current.file()).thenReturn(saved))
                            .onErrorResume(error -> (stored.equals(current.file()) ? Mono.<Void>empty()
                                    : files.remove(stored)).then(Mono.error(error))));
        });
    }

    /** Edits what a policy says, keeping its PDF (the API's JSON edit). */
    Mono<Policy> update(PortalUser reviewer, String id, PolicyDetails details, IfMatch ifMatch) {
        return update(reviewer, id, new PolicyUpload(details, List.of(), null, Flux.empty()), ifMatch);
    }

    /** Replaces a policy's PDF, keeping what it says (the API's file upload). */
    Mono<Policy> replaceFile(PortalUser reviewer, String id, String filename, Flux<DataBuffer> content,
                             IfMatch ifMatch) {
        return lifecycle.managed(reviewer, Policy.class, id).flatMap(current -> {
            if (filename == null || filename.isBlank()) {
                return Mono.error(PortalException.invalid(
                        new FieldProblem(PolicyFiles.FIELD, "publication.file.required")));
            }
            return update(reviewer, id, new PolicyUpload(current.details(), List.of(), filename, content), ifMatch);
        });
    }

    /** Publishes a draft or withdrawn policy (reviewers). */
    public Mono<Policy> publish(PortalUser reviewer, String id) {
        return lifecycle.publish(reviewer, KIND, Policy.class, id);
    }

    Mono<Policy> withdraw(PortalUser reviewer, String id) {
        return lifecycle.withdraw(reviewer, KIND, Policy.class, id);
    }

    /** The rules' problems, with those of fields that could not be read in their place. */
    private List<FieldProblem> problems(PolicyDetails clean, PolicyUpload upload) {
        List<FieldProblem> problems = new ArrayList<>(upload.unreadable());
        rules.problems(clean).stream()
                .filter(p -> upload.unreadable().stream().noneMatch(u -> u.field().equals(p.field())))
                .forEach(problems::add);
        return problems;
    }
}
