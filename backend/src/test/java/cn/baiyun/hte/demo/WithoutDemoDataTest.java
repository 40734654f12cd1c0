package cn.baiyun.hte.demo;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start without {@code HTE_DEMO_DATA}, as in production: the application holds no demo bean and the
 * database no demo firm (every other demo record, from filings to the referral, belongs to one of them).
 */
@PortalIntegrationTest
class WithoutDemoDataTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void noBeanSeedsDemoData() {
        var demoBeans = Arrays.stream(context.getBeanDefinitionNames())
                .map(context::getType)
                .filter(Objects::nonNull)
                .filter(type -> type.getName().startsWith("cn.baiyun.hte.")
                        && (type.getPackageName().startsWith(DemoData.class.getPackageName())
                        || type.getSimpleName().contains("Demo")))
                .toList();

        assertThat(demoBeans).as("demo beans in a start without demo data").isEmpty();
    }

    @Test
    void noDemoFirmIsStored() {
        Query demoFirms = Query.query(Criteria.where("uscc")
                .in(DemoData.FIRM_A_USCC, DemoData.FIRM_B_USCC, DemoData.CLAIMED_USCC));

        assertThat(mongo.exists(demoFirms, Enterprise.class).block(TIMEOUT)).isFalse();
    }
}
