package cn.baiyun.hte.enterprise;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.util.context.Context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A page request's access checks and header list share one membership query and one query for the firms'
 * records ({@link ReaderFirms}), and still let only approved memberships through.
 */
class ReaderFirmsTest {

    private static final Instant T = Instant.parse("2026-03-01T02:00:00Z");
    private static final PortalUser READER = new PortalUser("u-1", "firm-a", "李明", Set.of(PortalRole.ENTERPRISE),
            null, Set.of(), false);
    private static final PortalUser SOMEONE_ELSE = new PortalUser("u-2", "firm-b", "张华",
            Set.of(PortalRole.ENTERPRISE), null, Set.of(), false);

    private final MembershipRepository memberships = mock(MembershipRepository.class);
    private final EnterpriseRepository enterprises = mock(EnterpriseRepository.class);
    private final ReactiveMongoTemplate mongo = mock(ReactiveMongoTemplate.class);
    private final FirmAccess access = new FirmAccess(mongo, new RecentlyApprovedMembers());

    ReaderFirmsTest() {
        when(memberships.findByUserIdOrderByRequestedAtAsc("u-1")).thenReturn(Flux.just(
                membership("e-2", Membership.Status.APPROVED), membership("e-3", Membership.Status.PENDING),
                membership("e-1", Membership.Status.APPROVED), membership("e-4", Membership.Status.REJECTED)));
        when(enterprises.findAllById(any(Iterable.class))).thenReturn(Flux.just(firm("e-1"), firm("e-2")));
    }

    @Test
    void oneRequestAsksForMembershipsAndFirmsOnceWhateverItChecks() {
        Context request = Context.of(ReaderFirms.class, new ReaderFirms(memberships, enterprises));

        StepVerifier.create(access.requireFirmMember(READER, "e-1")
                        .then(access.requireRead(READER, "e-2"))
                        .then(access.requireWrite(READER, "e-1"))
                        .then(Mono.deferContextual(context -> ReaderFirms.of(context, READER).orElseThrow().approvedFirms()))
                        .contextWrite(request))
                .assertNext(firms -> assertThat(firms).extracting(Enterprise::id).containsExactly("e-2", "e-1"))
                .verifyComplete();

        verify(memberships, times(1)).findByUserIdOrderByRequestedAtAsc("u-1");
        verify(enterprises, times(1)).findAllById(any(Iterable.class));
        verify(mongo, never()).exists(any(Query.class), any(Class.class));
    }

    @Test
    void aPendingOrRejectedMembershipGrantsNothing() {
        for (String firm : List.of("e-3", "e-4", "e-9")) {
            Context request = Context.of(ReaderFirms.class, new ReaderFirms(memberships, enterprises));
            StepVerifier.create(access.requireFirmMember(READER, firm).contextWrite(request))
                    .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(PortalException.class)
                            .extracting(error -> ((PortalException) error).getStatusCode().value()).isEqualTo(404))
                    .verify();
            StepVerifier.create(Mono.deferContextual(context -> ReaderFirms.of(context, READER).orElseThrow()
                            .approvedFirm(firm)).contextWrite(request))
                    .verifyComplete();
        }
    }

    @Test
    void aRequestsMemoAnswersOnlyAboutItsOwnReader() {
        ReaderFirms memo = new ReaderFirms(memberships, enterprises);
        Context request = Context.of(ReaderFirms.class, memo);

        assertThat(ReaderFirms.of(request, READER)).contains(memo);
        assertThat(ReaderFirms.of(request, SOMEONE_ELSE)).isEmpty();
        assertThat(ReaderFirms.of(Context.empty(), READER)).isEmpty();
    }

    @Test
    void withoutAMemoTheCheckAsksWhetherTheOneApprovedMembershipExists() {
        when(mongo.exists(any(Query.class), eq(Membership.class))).thenReturn(Mono.just(true), Mono.just(false));

        StepVerifier.create(access.requireFirmMember(READER, "e-1")).verifyComplete();
        StepVerifier.create(access.requireFirmMember(READER, "e-3")).expectError(PortalException.class).verify();

        ArgumentCaptor<Query> asked = ArgumentCaptor.forClass(Query.class);
        verify(mongo, times(2)).exists(asked.capture(), eq(Membership.class));
        assertThat(asked.getAllValues().get(0).getQueryObject())
                .containsEntry("userId", "u-1").containsEntry("enterpriseId", "e-1")
                .containsEntry("status", Membership.Status.APPROVED);
        verify(memberships, never()).findByUserIdOrderByRequestedAtAsc(any());
    }

    @Test
    void pageRequestsGetAMemoAndApiCallsNone() {
        var filter = new ReaderFirmsFilter(new ReaderFirmsScope(memberships, enterprises));
        for (var path : List.of("/firms/e-1/feedback", "/api/v1/enterprises/e-1")) {
            var exchange = MockServerWebExchange.from(MockServerHttpRequest.get(path));
            var memo = new AtomicReference<Boolean>();
            WebFilterChain chain = served -> Mono.deferContextual(context -> {
                memo.set(ReaderFirms.of(context, READER).isPresent());
                return Mono.empty();
            });

            StepVerifier.create(filter.filter(exchange, chain)).verifyComplete();
            assertThat(memo.get()).as(path).isEqualTo(!path.startsWith("/api/"));
        }
    }

    private static Membership membership(String enterpriseId, Membership.Status status) {
        return new Membership("m-" + enterpriseId, "u-1", "firm-a", "李明", enterpriseId, "名称", status, T, null, null,
                null, null);
    }

    private static Enterprise firm(String id) {
        return new Enterprise(id, "uscc-" + id, null, "key-" + id, null, T, T, 1L);
    }
}
