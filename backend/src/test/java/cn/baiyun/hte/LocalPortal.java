package cn.baiyun.hte;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import cn.baiyun.hte.support.keycloak.KeycloakProcess;
import cn.baiyun.hte.support.mail.MailboxPage;
import cn.baiyun.hte.support.mail.TestMailServer;
import cn.baiyun.hte.support.keycloak.ProjectFiles;
import org.springframework.boot.SpringApplication;

/**
 * The run command's entry point ({@code ./start-portal}): a local Keycloak with the demo realm, then the
 * portal with its embedded database under {@code ./data} and the demo data. Stopping the portal stops
 * Keycloak too. Lives in the test sources because nothing of it belongs in a production build.
 */
public final class LocalPortal {

    static final int PORTAL_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;
    /** The local mail server (GreenMail): the portal sends to its SMTP port, people read over IMAP or the page. */
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;
    static final int MAILBOX_PAGE_PORT = 8025;
    private static final List<String> DEMO_USERS =
            List.of("firm-a", "firm-b", "claimant", "firm-new", "reviewer", "officer-gxj", "admin");

    private LocalPortal() {
    }

    public static void main(String[] args) {
        requireFree(PORTAL_PORT, "the portal");
        requireFree(KEYCLOAK_PORT, "Keycloak");
        requireFree(SMTP_PORT, "the local mail server");
        requireFree(IMAP_PORT, "the local mail server's IMAP");
        requireFree(MAILBOX_PAGE_PORT, "the local mailbox page");
        Path data = ProjectFiles.root().resolve("data");

        System.out.println("Starting Keycloak on port " + KEYCLOAK_PORT + " (about 20 s on first start) ...");
        KeycloakProcess keycloak = KeycloakProcess.start(KEYCLOAK_PORT, data.resolve("keycloak"));

        System.setProperty("server.port", String.valueOf(PORTAL_PORT));
        System.setProperty("server.address", "127.0.0.1");
        System.setProperty("hte.keycloak.url", keycloak.url());
        System.setProperty("hte.demo-data.enabled", "true");
        // Plain HTTP on this machine: a Secure session cookie would not come back from every browser.
        System.setProperty("hte.sessions.cookie-secure", "false");
        System.setProperty("hte.mongodb.embedded.enabled", "true");
        System.setProperty("hte.mongodb.embedded.file", data.resolve("mongo.mv").toString());
        startMail();
        SpringApplication.from(PortalApplication::main).run(args);

        System.out.println(banner(keycloak));
    }

    /**
     * GreenMail as a real SMTP server on loopback, the portal's mail settings pointed at it; each demo account has
     * a mailbox (its Keycloak address, login as in Keycloak, password demo1234), and a page lists every mail.
     * Mails live in memory: a restart of the run command forgets them.
     */
    private static void startMail() {
        TestMailServer mail = TestMailServer.startedWithImap(SMTP_PORT, IMAP_PORT);
        DEMO_USERS.forEach(user -> mail.mailbox(user + "@demo.hte.example", user, "demo1234"));
        MailboxPage.serve(mail, MAILBOX_PAGE_PORT);
        System.setProperty("hte.notification.mail.host", mail.host());
        System.setProperty("hte.notification.mail.port", String.valueOf(mail.smtpPort()));
        System.setProperty("hte.notification.mail.from", "hte-portal@demo.hte.example");
        System.setProperty("hte.notification.mail.public-url", "http://localhost:" + PORTAL_PORT);
        // Mails go out within seconds of the change in the demo; a deployment polls less often.
        System.setProperty("hte.notification.mail.poll-interval", "PT3S");
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException busy) {
            System.err.println("Port " + port + " is already in use, so " + what
                    + " cannot start there: stop whatever listens on it (an earlier ./start-portal?) and try again.");
            System.exit(1);
        }
    }

    private static String banner(KeycloakProcess keycloak) {
        return """

                ==========================================================================================
                  HTE Cultivation Portal · 高新技术企业培育平台 is running

                  Portal            http://localhost:%d
                  Keycloak admin    %s/admin   (admin / admin, demo only)
                  API docs          http://localhost:%d/swagger-ui.html
                  Mails sent        http://localhost:%d   (or IMAP localhost:%d, login firm-a etc.,
                                    password demo1234; a member is mailed once they have signed in)

                  Demo accounts (password demo1234 for all; demo only):
                    firm-a       firm user, 贵阳白云智造科技有限公司: three accepted filings, IP portfolio,
                                 published tier feedback to read and acknowledge (a notice,
                                 消息 in the header, mailed after the first sign-in), self-check
                    firm-b       firm user, 贵州云数信息技术有限公司: a draft and a returned filing,
                                 waitlisted for the upcoming roadshow (firm A holds its one seat)
                    claimant     firm user whose claim waits for review
                    firm-new     firm user without a firm: claim one, e.g. code 91350100M000100Y43
                    reviewer     区科技局 reviewer: claims, firms, filing review, this year's cycle (board,
                                 decisions, publication, recommendation list), coaching, referrals,
                                 announcements and policies, roadshows
                    officer-gxj  工信局 department officer: refers firms (has referred firm B)
                    officer-jrb  金融办 department officer: organises roadshows and trainings
                    admin        platform operator

                  Press Ctrl-C to stop the portal and Keycloak.
                ==========================================================================================
                """.formatted(PORTAL_PORT, keycloak.url(), PORTAL_PORT, MAILBOX_PAGE_PORT, IMAP_PORT);
    }
}
