package cn.baiyun.hte.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the in-memory embedded database, driven through {@code WebTestClient} with
 * mocked principals. Test classes share one context (and database): each makes its own firms and users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureWebTestClient(timeout = "PT30S")
@ActiveProfiles("test")
public @interface PortalIntegrationTest {
}
