package cn.baiyun.hte.notification;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;

import cn.baiyun.hte.platform.error.LogText;
import cn.baiyun.hte.platform.lease.WorkClaims;
import cn.baiyun.hte.platform.lease.WorkClaims.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends the notices' mails. Every replica runs it; each job is claimed through {@link WorkClaims} (the lease
 * technique per job), so two workers never send the same job at once. A failed attempt is retried after a
 * wait that doubles each time; after the last attempt the job is recorded as failed with its error. A worker that
 * dies holding a job lets its claim run out, and the job is sent again: a mail may then go out twice, never
 * not at all. Sending blocks (SMTP through JavaMail), so it runs on the bounded elastic scheduler.
 */
@Component
@Conditional(SmtpConfigured.class)
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);
    /** Jobs looked at per round; the next round takes the rest. */
    private static final int BATCH = 50;
    private static final int MAX_ERROR_LENGTH = 500;

    private final ReactiveMongoTemplate mongo;
    private final JavaMailSender sender;
    private final NoticeMail mails;
    private final MailSettings settings;
    private final Clock clock;
    private final WorkClaims<MailJob> claims;

    MailWorker(ReactiveMongoTemplate mongo, JavaMailSender sender, NoticeMail mails, MailSettings settings,
               Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.mails = mails;
        this.settings = settings;
        this.clock = clock;
        this.claims = new WorkClaims<>(mongo, MailJob.class, settings.claimFor(), hostName(), clock);
    }

    @Scheduled(fixedDelayString = "${hte.notification.mail.poll-interval:PT10S}",
            initialDelayString = "${hte.notification.mail.poll-interval:PT10S}")
    void sendOnSchedule() {
        sendDue().subscribe(sent -> {
            if (sent > 0) {
                log.info("Sent {} notice mails", sent);
            }
        }, error -> log.warn("Sending notice mails failed; the next round retries", LogText.encoded(error)));
    }

    /** Claims and sends the jobs due now, one after the other; answers how many went out. */
    Mono<Long> sendDue() {
        return claims.dueIds(BATCH)
                .concatMap(this::claim)
                .concatMap(this::send)
                .filter(Boolean::booleanValue)
                .count();
    }

    /** The job, now held by this worker until its claim runs out; empty when another worker holds it. */
    Mono<Claim<MailJob>> claim(String jobId) {
        return claims.claim(jobId);
    }

    /**
     * Sends a claimed job; true when it went out. A reader whose address is not known yet gets it once they sign
     * in ({@link SignInAddresses}); a job whose notice is gone is recorded as failed.
     */
    private Mono<Boolean> send(Claim<MailJob> claim) {
        MailJob job = claim.work();
        return mongo.findById(job.id(), Notice.class)
                .flatMap(notice -> mongo.findById(job.userId(), Recipient.class)
                        .filter(Recipient::hasAddress)
                        .flatMap(recipient -> deliver(claim, mails.compose(notice, recipient)))
                        .switchIfEmpty(Mono.defer(() -> release(claim,
                                new Update().set("status", MailJob.Status.AWAITING_ADDRESS)).thenReturn(false))))
                .switchIfEmpty(Mono.defer(() -> release(claim, new Update().set("status", MailJob.Status.FAILED)
                        .set("lastError", "The notice no longer exists")).thenReturn(false)));
    }

    private Mono<Boolean> deliver(Claim<MailJob> claim, SimpleMailMessage message) {
        return Mono.fromRunnable(() -> sender.send(message))
                .subscribeOn(Schedulers.boundedElastic())
                .then(release(claim, new Update().set("status", MailJob.Status.SENT).set("sentAt", Instant.now(clock))))
                .thenReturn(true)
                .onErrorResume(error -> retryLater(claim, error).thenReturn(false));
    }

    private Mono<Void> retryLater(Claim<MailJob> claim, Throwable error) {
        int attempts = claim.work().attempts() + 1;
        boolean last = attempts >= settings.maxAttempts();
        Update update = new Update().set("attempts", attempts).set("lastError", errorText(error));
        if (last) {
            update.set("status", MailJob.Status.FAILED);
            log.warn("Gave up mailing notice {} after {} attempts", claim.id(), attempts, LogText.encoded(error));
        } else {
            update.set("status", MailJob.Status.PENDING)
                    .set("nextAttemptAt", Instant.now(clock).plus(settings.backoff(attempts)));
            log.info("Mailing notice {} failed (attempt {}), retried later: {}", claim.id(), attempts,
                    LogText.of(error.getMessage()));
        }
        return release(claim, update);
    }

    /** Records the outcome and gives the claim up, if this worker still holds it. */
    private Mono<Void> release(Claim<MailJob> claim, Update outcome) {
        return claims.release(claim, outcome).then();
    }

    /** What went wrong, short enough to keep in the job for the operator. */
    private static String errorText(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
