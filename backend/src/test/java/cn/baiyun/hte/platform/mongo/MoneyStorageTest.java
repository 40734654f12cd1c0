package cn.baiyun.hte.platform.mongo;

import java.math.BigDecimal;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class MoneyStorageTest {

    record Amount(String id, BigDecimal yuan) {
    }

    @Autowired
    ReactiveMongoTemplate mongo;

    @Test
    void amountsAreStoredAsDecimal128AndReadBackExactly() {
        Amount saved = mongo.save(new Amount(null, new BigDecimal("12345678901234.56")), "moneyProbe").block();

        Document raw = mongo.findById(saved.id(), Document.class, "moneyProbe").block();
        assertThat(raw.get("yuan")).isEqualTo(new Decimal128(new BigDecimal("12345678901234.56")));
        assertThat(mongo.findById(saved.id(), Amount.class, "moneyProbe").block().yuan())
                .isEqualByComparingTo("12345678901234.56");
    }
}
