package cn.baiyun.hte.filing;

import java.time.Duration;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.e2e.PortalBrowser;

/**
 * The filing browser tests' fixture: a firm of the demo realm's {@code firm-a} (a real Keycloak account, so the
 * browser signs in as it) with a draft filing of one year, and a browser started for it. Closing it closes the
 * browser.
 */
public record FirmADraftInBrowser(String firm, int year, PortalBrowser portal) implements AutoCloseable {

    public static final Principals FIRM_A = Principals.realmUser("00000000-0000-4000-8000-000000000011", "firm-a",
            PortalRole.ENTERPRISE);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A firm named {@code firmName} with firm-a as its member and a draft filing of {@code year}, and a browser. */
    public static FirmADraftInBrowser start(TestFirms firms, FilingService filings, String firmName, int year) {
        String firm = firms.approvedFirm(FIRM_A, firmName);
        filings.create(FIRM_A.user(), firm, year).block(TIMEOUT);
        return new FirmADraftInBrowser(firm, year, PortalBrowser.start());
    }

    /** The address of one of the firm's pages, e.g. {@code documents}. */
    public String page(String path) {
        return "/firms/" + firm + "/" + path;
    }

    @Override
    public void close() {
        portal.close();
    }
}
