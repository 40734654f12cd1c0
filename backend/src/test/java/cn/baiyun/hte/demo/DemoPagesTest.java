package cn.baiyun.hte.demo;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.baiyun.hte.platform.security.PortalRole;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.support.PageCrawler;
import cn.baiyun.hte.support.PageCrawler.Page;
import cn.baiyun.hte.support.Principals;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;


/**
 * Every page that each demo account can reach from its home, on whatever the demo data seeds: none fails
 * (no 5xx), and none shows a person a constant's name (one of the portal's enums', or any underscored code),
 * a record's Java text or a database id. The accounts are those of
 * {@code keycloak/hte-realm.json}, with their ids, so the demo data's memberships and referrals are theirs.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class DemoPagesTest {

    /**
     * Pages read per account (each address in Chinese and English), above what the demo data links (the
     * reviewer reaches about 3,500); a crawl that stops here has not read every page, and fails.
     */
    static final int MAX_PAGES = 6000;

    @Autowired
    WebTestClient web;

    static Stream<Named<Principals>> accounts() {
        return Stream.of(
                person("00000000-0000-4000-8000-000000000011", "firm-a", PortalRole.ENTERPRISE, null),
                person("00000000-0000-4000-8000-000000000012", "firm-b", PortalRole.ENTERPRISE, null),
                person("00000000-0000-4000-8000-000000000013", "claimant", PortalRole.ENTERPRISE, null),
                person("00000000-0000-4000-8000-000000000014", "firm-new", PortalRole.ENTERPRISE, null),
                person("00000000-0000-4000-8000-000000000001", "reviewer", PortalRole.REVIEWER, null),
                person("00000000-0000-4000-8000-000000000002", "officer-gxj", PortalRole.DEPARTMENT, "工信局"),
                person("00000000-0000-4000-8000-000000000003", "admin", PortalRole.ADMIN, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accounts")
    void everyPageOfTheAccountRendersWithoutRawCodes(Principals account) {
        List<Page> pages = new PageCrawler(web, MAX_PAGES).crawl(account, "/");

        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(pages.get(0).status()).as("the home page answers").isEqualTo(200);
            softly.assertThat(pages.size()).as("pages read before the bound (every page is read)").isLessThan(MAX_PAGES);
            softly.assertThat(pages).filteredOn(page -> page.status() >= 500).extracting(Page::url)
                    .as("pages that fail").isEmpty();
            softly.assertThat(pages).filteredOn(page -> !page.rawCodes().isEmpty())
                    .extracting(page -> page.url() + " " + page.rawCodes())
                    .as("pages that show a raw code or id").isEmpty();
        });
    }

    private static Named<Principals> person(String id, String username, PortalRole role, String department) {
        return Named.of(username, new Principals(new PortalUser(id, username, username, Set.of(role), department, Set.of(), false)));
    }
}
