package cn.baiyun.hte.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.filing.FilingReturned;
import cn.baiyun.hte.platform.lease.WorkClaims;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.mail.TestMailServer;
import cn.baiyun.hte.support.mail.TestMailServer.ReceivedMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notices mailed through a real SMTP server (GreenMail on loopback): in the reader's language with the absolute
 * link, once each even with two workers racing, after the reader's first sign-in when their address was not
 * known, again after the server was down, and given up after the last attempt. The worker's schedule is
 * pushed out of the way; the tests run its rounds themselves.
 */
@PortalIntegrationTest
class NoticeMailDeliveryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    private static final int MAX_ATTEMPTS = 3;
    private static final TestMailServer SMTP = TestMailServer.started();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("hte.notification.mail.host", SMTP::host);
        properties.add("hte.notification.mail.port", SMTP::smtpPort);
        properties.add("hte.notification.mail.from", () -> "portal@test.hte.example");
        properties.add("hte.notification.mail.public-url", () -> "https://hte.example.cn/");
        properties.add("hte.notification.mail.retry-after", RETRY_AFTER::toString);
        properties.add("hte.notification.mail.longest-wait", () -> "PT2S");
        properties.add("hte.notification.mail.max-attempts", () -> MAX_ATTEMPTS);
        properties.add("hte.notification.mail.poll-interval", () -> "PT1H");
    }

    @Autowired
    TestNotices notices;
    @Autowired
    MailWorker worker;
    @Autowired
    SignInAddresses addresses;
    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    JavaMailSender sender;
    @Autowired
    NoticeMail mails;
    @Autowired
    MailSettings settings;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void serverUp() {
        SMTP.start();
    }

    @AfterAll
    static void serverGone() {
        SMTP.close();
    }

    @Test
    void mailsEachMemberInTheirLanguageWithTheAbsoluteLinkOnce() {
        Principals chinese = Principals.firmUser("chinese");
        Principals english = Principals.firmUser("english");
        String firm = notices.firmWith(chinese, english);
        signedIn(chinese, Locale.SIMPLIFIED_CHINESE);
        signedIn(english, Locale.ENGLISH);

        notices.deliver(notices.returned(firm, 2025));
        sendDue();
        sendDue();

        assertThat(SMTP.receivedBy(address(chinese))).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo("portal@test.hte.example");
            assertThat(mail.subject()).isEqualTo("【高新技术企业培育平台】2025 年度的年度填报被退回修改");
            assertThat(mail.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
            assertThat(mail.text()).startsWith("您好：")
                    .contains("2025 年度的年度填报被退回修改：1 个部分需要按审核意见修改，改好后请重新提交。")
                    .contains("查看详情：https://hte.example.cn/firms/" + firm + "/filings/2025")
                    .contains("https://hte.example.cn/notices");
        });
        assertThat(SMTP.receivedBy(address(english))).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("[HTE Cultivation Portal] Your annual filing for 2025 was returned");
            assertThat(mail.text()).startsWith("Hello,")
                    .contains("See more: https://hte.example.cn/firms/" + firm + "/filings/2025");
        });
        assertThat(notices.mailJobsOf(chinese)).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(MailJob.Status.SENT);
            assertThat(job.attempts()).isZero();
            assertThat(job.sentAt()).isNotNull();
            assertThat(job.claimedBy()).isNull();
        });
    }

    @Test
    void aMemberWhoseAddressIsNotKnownIsMailedOnceTheySignIn() {
        Principals member = Principals.firmUser("member");
        notices.deliver(notices.returned(notices.firmWith(member), 2025));

        sendDue();
        assertThat(notices.mailJobsOf(member)).singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(MailJob.Status.AWAITING_ADDRESS));
        assertThat(SMTP.receivedBy(address(member))).isEmpty();

        signedIn(member, Locale.SIMPLIFIED_CHINESE);
        sendDue();

        assertThat(SMTP.receivedBy(address(member))).hasSize(1);
        assertThat(notices.mailJobsOf(member)).singleElement()
                .satisfies(job -> assertThat(job.status()).isEqualTo(MailJob.Status.SENT));
    }

    @Test
    void aMailTheServerRefusedIsSentAgainLaterOnceItIsBack() throws InterruptedException {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        signedIn(member, Locale.SIMPLIFIED_CHINESE);
        notices.deliver(notices.returned(firm, 2025));
        SMTP.stop();

        Instant failedAt = Instant.now();
        sendDue();
        MailJob failed = notices.mailJobsOf(member).get(0);
        assertThat(failed.status()).isEqualTo(MailJob.Status.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank();
        assertThat(failed.nextAttemptAt()).isAfterOrEqualTo(failedAt.plus(RETRY_AFTER).minusMillis(1));

        SMTP.start();
        sendDue();
        assertThat(SMTP.receivedBy(address(member))).as("not before its wait is over").isEmpty();

        Thread.sleep(Duration.between(Instant.now(), failed.nextAttemptAt()).plusMillis(50).toMillis());
        sendDue();

        assertThat(SMTP.receivedBy(address(member))).hasSize(1);
        assertThat(notices.mailJobsOf(member)).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(MailJob.Status.SENT);
            assertThat(job.attempts()).isEqualTo(1);
        });
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttemptAndRecorded() throws InterruptedException {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        signedIn(member, Locale.SIMPLIFIED_CHINESE);
        notices.deliver(notices.returned(firm, 2025));
        SMTP.stop();

        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            MailJob before = notices.mailJobsOf(member).get(0);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), before.nextAttemptAt()).plusMillis(50).toMillis()));
            sendDue();
            assertThat(notices.mailJobsOf(member).get(0).attempts()).isEqualTo(attempt);
        }
        SMTP.start();
        sendDue();

        assertThat(notices.mailJobsOf(member)).singleElement().satisfies(job -> {
            assertThat(job.status()).isEqualTo(MailJob.Status.FAILED);
            assertThat(job.attempts()).isEqualTo(MAX_ATTEMPTS);
            assertThat(job.lastError()).isNotBlank();
        });
        assertThat(SMTP.receivedBy(address(member))).isEmpty();
    }

    @Test
    void twoWorkersRacingForTheSameJobsSendEachOnce() {
        Principals member = Principals.firmUser("member");
        String firm = notices.firmWith(member);
        signedIn(member, Locale.SIMPLIFIED_CHINESE);
        for (int year = 2001; year <= 2020; year++) {
            notices.deliver(notices.returned(firm, year));
        }
        MailWorker other = new MailWorker(mongo, sender, mails, settings, clock);

        for (MailJob job : notices.mailJobsOf(member).subList(0, 5)) {
            List<WorkClaims.Claim<MailJob>> claims = Flux.merge(worker.claim(job.id()).subscribeOn(Schedulers.parallel()),
                    other.claim(job.id()).subscribeOn(Schedulers.parallel())).collectList().block(TIMEOUT);
            assertThat(claims).as("one claim of job " + job.id()).hasSize(1);
        }
        // The five held by a claim are the workers' until it runs out: give them back as a dead worker would.
        mongo.updateMulti(Query.query(Criteria.where("userId").is(member.user().id())
                        .and("status").is(MailJob.Status.SENDING)),
                new Update().set("claimedUntil", Instant.now().minusSeconds(1)), MailJob.class).block(TIMEOUT);

        Flux.merge(worker.sendDue().subscribeOn(Schedulers.parallel()),
                other.sendDue().subscribeOn(Schedulers.parallel())).blockLast(TIMEOUT);

        assertThat(SMTP.receivedBy(address(member))).hasSize(20)
                .extracting(ReceivedMail::subject).doesNotHaveDuplicates();
        assertThat(notices.mailJobsOf(member)).hasSize(20)
                .allSatisfy(job -> assertThat(job.status()).isEqualTo(MailJob.Status.SENT));
    }

    private void sendDue() {
        worker.sendDue().block(TIMEOUT);
    }

    private void signedIn(Principals user, Locale locale) {
        addresses.remember(user.user().id(), address(user), locale).block(TIMEOUT);
    }

    private static String address(Principals user) {
        return user.user().username() + "@test.hte.example";
    }
}
