package cn.baiyun.hte.pool.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import cn.baiyun.hte.pool.cycle.CycleRun;
import cn.baiyun.hte.pool.cycle.CycleService;
import cn.baiyun.hte.pool.cycle.TestCycles;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A run that fails (here on a verified firm's record that cannot be read, as one changed by hand would be) is
 * shown FAILED on the cycle page with what went wrong, not left running and not shown as merely interrupted.
 */
@PortalIntegrationTest
class FailedRunsTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    WebTestClient web;
    @Autowired
    CycleService cycles;
    @Autowired
    AssessmentRunner runner;
    @Autowired
    TestCycles testCycles;

    final Principals reviewer = Principals.reviewer();

    @Test
    void aRunStoppedByAnUnreadableRecordIsShownFailedWithWhatWentWrong() {
        int year = 2074;
        testCycles.open(year).block(TIMEOUT);
        ObjectId broken = new ObjectId();
        mongo.insert(new Document("_id", broken).append("uscc", TestFirms.newUscc())
                .append("verifiedAt", Date.from(Instant.now())).append("profile", "not a profile"), "enterprises")
                .block(TIMEOUT);
        try {
            assertThatThrownBy(() -> runner.run(reviewer.user(), year, false).block(Duration.ofMinutes(1)))
                    .as("the run stops on the record");
        } finally {
            // other tests read every firm: the shared database must stay readable
            mongo.remove(Query.query(Criteria.where("_id").is(broken)), "enterprises").block(TIMEOUT);
        }

        CycleRun run = cycles.find(reviewer.user(), year).block(TIMEOUT).run();
        assertThat(run.state()).isEqualTo(CycleRun.State.FAILED);
        assertThat(run.failure()).isEqualTo(CycleRun.Failure.UNREADABLE_RECORD);
        assertThat(run.finishedAt()).isNotNull();
        String page = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/{y}", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("已失败", "一条已保存的记录无法读取").doesNotContain("FAILED", "UNREADABLE_RECORD");
        String english = web.mutateWith(reviewer.session()).get().uri("/reviewer/cycles/{y}?lang=en", year).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Failed", "a stored record could not be read");
    }
}
