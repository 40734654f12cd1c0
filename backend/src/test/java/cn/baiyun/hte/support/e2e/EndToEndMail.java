package cn.baiyun.hte.support.e2e;

import java.util.Map;

import cn.baiyun.hte.support.mail.TestMailServer;

/**
 * The end-to-end tests' mail server: one GreenMail on a free loopback port for the test JVM, which the
 * application mails notices to, polled every second so that a test sees a mail soon after its cause.
 */
public final class EndToEndMail {

    public static final TestMailServer SERVER = TestMailServer.started();

    private EndToEndMail() {
    }

    static Map<String, Object> properties() {
        return Map.of("hte.notification.mail.host", SERVER.host(),
                "hte.notification.mail.port", SERVER.smtpPort(),
                "hte.notification.mail.from", "hte-portal@test.hte.example",
                "hte.notification.mail.public-url", EndToEndPorts.APP_URL,
                "hte.notification.mail.poll-interval", "PT1S");
    }
}
