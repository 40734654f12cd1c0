package cn.baiyun.hte.filing;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Someone else saves the filing after the service has checked the version and before it saves: the
 * version the caller named has just gone stale, and the save must say so rather than fail. When that other
 * save was a submission, a submission that lost the race is told that the filing is submitted.
 */
@PortalIntegrationTest
class ConcurrentFilingEditTest {

    /** When set, the next save of a filing is preceded by another save of the stored filing. */
    static final AtomicBoolean SAVE_IN_BETWEEN = new AtomicBoolean();
    /** What that other save changes in the stored filing: nothing, unless a test says otherwise. */
    static final AtomicReference<UnaryOperator<Filing>> CHANGE_IN_BETWEEN = new AtomicReference<>(UnaryOperator.identity());

    @TestConfiguration(proxyBeanMethods = false)
    static class InterleavedSaves {

        @Bean
        static BeanPostProcessor interleaveFilingSaves(ObjectProvider<ReactiveMongoTemplate> mongo) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof Outbox ? interleaved(bean, mongo) : bean;
                }
            };
        }

        /** Every filing write goes through the outbox: another save lands just before the one asked for. */
        private static Object interleaved(Object outbox, ObjectProvider<ReactiveMongoTemplate> mongo) {
            ProxyFactory factory = new ProxyFactory(outbox);
            factory.setProxyTargetClass(true);
            factory.addAdvice((MethodInterceptor) call -> {
                Object[] args = call.getArguments();
                if (!call.getMethod().getName().equals("save") || !(args[0] instanceof Filing saving)
                        || !SAVE_IN_BETWEEN.getAndSet(false)) {
                    return call.proceed();
                }
                Mono<?> save = (Mono<?>) call.proceed();
                ReactiveMongoTemplate template = mongo.getObject();
                return template.findById(saving.id(), Filing.class).map(CHANGE_IN_BETWEEN.get())
                        .flatMap(template::save).then(save);
            });
            return factory.getProxy();
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingPageFixtures filings;

    Principals member;
    String firm;

    @BeforeEach
    void aFirmWithADraft() {
        member = Principals.firmUser("concurrent-" + java.util.UUID.randomUUID());
        firm = firms.approvedFirm(member, "并发填报测试公司");
        filings.draft(member, firm);
    }

    @AfterEach
    void disarm() {
        SAVE_IN_BETWEEN.set(false);
        CHANGE_IN_BETWEEN.set(UnaryOperator.identity());
    }

    @Test
    void theApiAnswers412ProblemAndKeepsTheOtherSave() {
        Filing before = filings.stored(firm);
        SAVE_IN_BETWEEN.set(true);

        web.mutateWith(member.bearer()).put()
                .uri("/api/v1/enterprises/{id}/filings/{y}/financials", firm, filings.year())
                .header(HttpHeaders.IF_MATCH, "\"" + before.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(FilingFixtures.FINANCIALS_JSON)
                .exchange()
                .expectStatus().isEqualTo(412)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:stale-version");

        Filing after = filings.stored(firm);
        assertThat(SAVE_IN_BETWEEN).isFalse();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.content().financials()).isNull();
    }

    @Test
    void thePageShowsTheStaleVersionMessageOnTheFormAndSavesNothing() {
        Filing before = filings.stored(firm);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("version", String.valueOf(before.version()));
        form.add("financials.totalRevenue", "1,000");
        SAVE_IN_BETWEEN.set(true);

        String page = web.mutateWith(member.session()).mutateWith(csrf()).post()
                .uri("/firms/" + firm + "/filings/" + filings.year() + "/financials")
                .body(BodyInserters.fromFormData(form)).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("其他人已保存了新的修改").contains("name=\"financials.totalRevenue\"");
        Filing after = filings.stored(firm);
        assertThat(SAVE_IN_BETWEEN).isFalse();
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.content().financials()).isNull();
    }

    @Test
    void aSubmissionThatLosesTheRaceToAnotherSubmissionIsToldTheFilingIsSubmitted() {
        Filing complete = filings.fill(member, firm);
        CHANGE_IN_BETWEEN.set(stored -> stored.submitted("HTE-" + filings.year() + "-999999", Instant.now()));
        SAVE_IN_BETWEEN.set(true);

        web.mutateWith(member.bearer()).post()
                .uri("/api/v1/enterprises/{id}/filings/{y}/submission", firm, filings.year())
                .header(HttpHeaders.IF_MATCH, "\"" + complete.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("commitment", true))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:hte:problem:conflict")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("HTE-" + filings.year() + "-999999").contains("无需再次提交"));

        assertThat(SAVE_IN_BETWEEN).isFalse();
        assertThat(filings.stored(firm).reference()).isEqualTo("HTE-" + filings.year() + "-999999");
    }
}
