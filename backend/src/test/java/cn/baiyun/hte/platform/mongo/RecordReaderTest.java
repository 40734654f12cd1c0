package cn.baiyun.hte.platform.mongo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.baiyun.hte.enterprise.Enterprise;
import cn.baiyun.hte.filing.Filing;
import cn.baiyun.hte.filing.FilingContent;
import cn.baiyun.hte.filing.FilingRevision;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.FilingStatus;
import cn.baiyun.hte.filing.Financials;
import cn.baiyun.hte.filing.Incident;
import cn.baiyun.hte.filing.Incidents;
import cn.baiyun.hte.filing.RdSpend;
import cn.baiyun.hte.filing.SelfAssessment;
import cn.baiyun.hte.filing.Staff;
import cn.baiyun.hte.filing.StaffMonth;
import cn.baiyun.hte.filing.portfolio.Achievement;
import cn.baiyun.hte.filing.portfolio.IpAsset;
import cn.baiyun.hte.filing.portfolio.RdProject;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.board.PoolEntry;
import org.bson.types.ObjectId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the mapping wrote, read back by {@link RecordReader}, equals what the mapping reads: over the
 * demo data (every kind of record the bulk reads use, as the services store them) and a filing with
 * every optional shape (monthly staff, incidents, return comments, an earlier revision). The same
 * configuration as {@code DemoDataTest}, so the two share one application context.
 */
@SpringBootTest(properties = "hte.demo-data.enabled=true")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class RecordReaderTest {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ReactiveMongoTemplate mongo;

    @ParameterizedTest
    @ValueSource(classes = {Enterprise.class, Filing.class, IpAsset.class, Achievement.class, RdProject.class,
            PoolEntry.class, Cycle.class})
    void readsEveryStoredRecordAsTheMappingDoes(Class<?> type) {
        assertSameAsMapping(type, new Query());
    }

    @Test
    void readsAFilingWithEveryOptionalShapeAsTheMappingDoes() {
        Instant accepted = Instant.parse("2025-04-02T03:04:05.678Z");
        FilingContent content = new FilingContent(
                new Financials(new BigDecimal("1200000.50"), new BigDecimal("0.00"), new BigDecimal("1200000.50"),
                        BigDecimal.ZERO, new BigDecimal("960000"), new BigDecimal("-3.25"), new BigDecimal("5000000"),
                        new BigDecimal("1100000"), 7),
                new RdSpend(new BigDecimal("100000.01"), null, BigDecimal.ONE, null, null, null, null,
                        new BigDecimal("20000"), new BigDecimal("5000")),
                new Staff(Staff.Mode.MONTHLY, null, null, List.of(new StaffMonth(6, 10, 11, 2, 3),
                        new StaffMonth(7, 11, 12, 3, null))),
                new Incidents(false, List.of(new Incident(LocalDate.of(2024, 12, 31), Incident.Type.QUALITY,
                        "白云区市场监督管理局", "抽检不合格"))),
                new SelfAssessment(SelfAssessment.Band.C, null, SelfAssessment.Practice.FULL, null,
                        SelfAssessment.Practice.PARTIAL, SelfAssessment.Practice.NONE, true));
        Filing filing = new Filing(null, new ObjectId().toHexString(), 2024, FilingStatus.RETURNED, content,
                Map.of(FilingSection.STAFF, "月度人数与社保记录不符"), Set.of(FilingSection.STAFF), 2,
                List.of(new FilingRevision(1, content, accepted)), "HTE-2024-000001", accepted, accepted, accepted,
                accepted, null);
        Filing saved = mongo.insert(filing).block(TIMEOUT);

        assertSameAsMapping(Filing.class, Query.query(Criteria.where("_id").is(new ObjectId(saved.id()))));
    }

    @Test
    void refusesATypeThatIsNotARecord() {
        assertThatThrownBy(() -> RecordReader.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertSameAsMapping(Class<?> type, Query query) {
        List<?> mapped = mongo.find(Query.of(query).with(Sort.by("_id")), type).collectList().block(TIMEOUT);
        List<?> read = RecordReader.find(mongo, Query.of(query).with(Sort.by("_id")), type).collectList()
                .block(TIMEOUT);

        assertThat(mapped).isNotEmpty();
        assertThat(read).usingRecursiveFieldByFieldElementComparator().isEqualTo(mapped);
        assertThat(read).isEqualTo(mapped);
    }
}
