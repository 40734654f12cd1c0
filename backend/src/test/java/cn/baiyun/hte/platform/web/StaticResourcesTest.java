package cn.baiyun.hte.platform.web;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' styles and scripts, ECharts from its webjar included, are served to anyone without blocking. */
@PortalIntegrationTest
class StaticResourcesTest {

    @Autowired
    WebTestClient web;

    @ParameterizedTest
    @ValueSource(strings = {"/css/portal.css", "/js/portal.js", "/webjars/echarts/dist/echarts.min.js"})
    void isServedWithoutSigningIn(String path) {
        // ECharts is a megabyte: read it whole.
        byte[] body = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri(path).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(body).isNotEmpty();
    }
}
