package cn.baiyun.hte.filing;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Without a script, the R&D page shows the counted totals the portal computed from the saved figures.
 * The figures below have the other costs above their cap and outsourcing both in China and abroad, so
 * every formula of hte-rules.md §3.2 shows in the result; {@code filing-figures.js} gives the same text.
 */
@PortalIntegrationTest
class RdTotalsPageTest {

    @Autowired
    WebTestClient web;
    @Autowired
    TestFirms firms;
    @Autowired
    FilingPageFixtures filings;

    @Test
    void theSavedRdPageShowsTheCountedTotalsExactly() {
        Principals member = Principals.firmUser("rd");
        String firm = firms.approvedFirm(member, "研发费用测试公司");
        Filing draft = filings.draft(member, firm);
        String page = "/firms/" + firm + "/filings/" + filings.year() + "/rd-spend";

        web.mutateWith(member.session()).mutateWith(csrf()).post().uri(page)
                .body(BodyInserters.fromFormData("version", String.valueOf(draft.version()))
                        .with("rdSpend.personnel", "600,000").with("rdSpend.directInput", "150,000")
                        .with("rdSpend.other", "400,000").with("rdSpend.outsourcedDomestic", "0.01")
                        .with("rdSpend.outsourcedForeign", "1,000.05"))
                .exchange().expectStatus().isSeeOther();

        String saved = web.mutateWith(member.session()).get().uri(page + "?saved").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(saved)
                .contains("data-saved=\"internalNonOther\">750,000.00<")
                .contains("data-saved=\"outsourcedCounted\">800.048<")
                .contains("data-saved=\"otherCap\">187,700.012<")
                .contains("data-saved=\"otherCounted\">187,700.012<")
                .contains("data-saved=\"rdCounted\">938,500.06<")
                .contains("data-saved=\"domesticCounted\">937,700.02<")
                .contains("data-saved=\"domesticShare\">99.91%<")
                .contains("data-live=\"rdCounted\"");
    }
}
