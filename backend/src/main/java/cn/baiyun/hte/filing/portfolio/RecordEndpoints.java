package cn.baiyun.hte.filing.portfolio;

import java.net.URI;
import java.util.function.Function;

import cn.baiyun.hte.platform.paging.PageOf;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The HTTP side of one kind of record, shared by its API handlers: the ETag carries the version, and
 * {@code If-Match} names the version a replace or delete is based on (a stale one gets 412).
 */
final class RecordEndpoints<T extends FirmOwned<D, T>, D, R> {

    static final String BASE = "/api/v1/enterprises/{enterpriseId}/";

    private final FirmRecords<T, D> records;
    private final Function<T, R> view;
    private final String collection;

    /** @param collection the path segment under the firm, e.g. {@code ip-assets} */
    RecordEndpoints(FirmRecords<T, D> records, Function<T, R> view, String collection) {
        this.records = records;
        this.view = view;
        this.collection = collection;
    }

    Mono<PageOf<R>> list(PortalUser user, String enterpriseId, Integer limit, String cursor) {
        return records.page(user, enterpriseId, limit, cursor).map(page -> page.map(view));
    }

    Mono<ResponseEntity<R>> get(PortalUser user, String enterpriseId, String id) {
        return records.find(user, enterpriseId, id).map(this::withETag);
    }

    Mono<ResponseEntity<R>> create(PortalUser user, String enterpriseId, D details) {
        return records.create(user, enterpriseId, details).map(saved -> {
            URI location = UriComponentsBuilder.fromPath(BASE + collection + "/{id}")
                    .buildAndExpand(enterpriseId, saved.id()).toUri();
            return ResponseEntity.created(location).eTag(String.valueOf(saved.version())).body(view.apply(saved));
        });
    }

    Mono<ResponseEntity<R>> replace(PortalUser user, String enterpriseId, String id, String ifMatch, D details) {
        return Mono.defer(() -> records.update(user, enterpriseId, id, details, IfMatch.optional(ifMatch))).map(this::withETag);
    }

    Mono<ResponseEntity<Void>> delete(PortalUser user, String enterpriseId, String id, String ifMatch) {
        return Mono.defer(() -> records.delete(user, enterpriseId, id, IfMatch.optional(ifMatch)))
                .then(Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
    }

    private ResponseEntity<R> withETag(T record) {
        return ResponseEntity.ok().eTag(String.valueOf(record.version())).body(view.apply(record));
    }
}
