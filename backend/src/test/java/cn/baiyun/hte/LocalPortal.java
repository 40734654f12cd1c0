package cn.baiyun.hte;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import cn.baiyun.hte.support.keycloak.KeycloakProcess;
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

    private LocalPortal() {
    }

    public static void main(String[] args) {
        requireFree(PORTAL_PORT, "the portal");
        requireFree(KEYCLOAK_PORT, "Keycloak");
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
        SpringApplication.from(PortalApplication::main).run(args);

        System.out.println(banner(keycloak));
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

                  Demo accounts (password demo1234 for all; demo only):
                    firm-a       firm user, 贵阳白云智造科技有限公司: three accepted filings, IP portfolio,
                                 published tier feedback to read and acknowledge, self-check
                    firm-b       firm user, 贵州云数信息技术有限公司: a draft and a returned filing
                    claimant     firm user whose claim waits for review
                    firm-new     firm user without a firm: claim one, e.g. code 91350100M000100Y43
                    reviewer     区科技局 reviewer: claims, firms, filing review, this year's cycle (board,
                                 decisions, publication, recommendation list), coaching, referrals
                    officer-gxj  工信局 department officer: refers firms (has referred firm B)
                    admin        platform operator

                  Press Ctrl-C to stop the portal and Keycloak.
                ==========================================================================================
                """.formatted(PORTAL_PORT, keycloak.url(), PORTAL_PORT);
    }
}
