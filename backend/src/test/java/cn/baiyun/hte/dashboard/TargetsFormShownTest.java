package cn.baiyun.hte.dashboard;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * What the targets form shows a reviewer (found walking the dashboard in a browser): a stored share as typed, never
 * in scientific notation ({@code 1E+1}), and a share that is no number told as a percentage, not as an amount of
 * yuan. Uses the year 2095 of its own.
 */
@PortalIntegrationTest
class TargetsFormShownTest {

    @Autowired
    WebTestClient web;

    final Principals reviewer = Principals.reviewer();

    @Test
    void theStoredShareIsShownPlainAndAShareThatIsNoNumberIsToldAsAPercentage() {
        web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/dashboard/targets")
                .body(BodyInserters.fromFormData("year", "2095").with("hteFirms", "120").with("aboveSizeHteFirms", "30")
                        .with("specialisedSharePercent", "10"))
                .exchange().expectStatus().is3xxRedirection();

        String form = web.mutateWith(reviewer.session()).get().uri("/dashboard/targets?year=2095").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(form).contains("value=\"10\"").doesNotContain("1E+1");

        String refused = web.mutateWith(reviewer.session()).mutateWith(csrf()).post().uri("/dashboard/targets")
                .body(BodyInserters.fromFormData("year", "2095").with("hteFirms", "120").with("aboveSizeHteFirms", "30")
                        .with("specialisedSharePercent", "abc"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(refused).contains("请填写百分数，如 10 或 12.5").doesNotContain("以元为单位");
    }
}
