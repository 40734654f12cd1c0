package cn.baiyun.hte.pool.recommendation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.assessment.TierResult;
import com.jayway.jsonpath.JsonPath;
import cn.baiyun.hte.enterprise.Contact;
import cn.baiyun.hte.platform.audit.AuditEvent;
import cn.baiyun.hte.platform.time.ClockConfiguration;
import cn.baiyun.hte.pool.board.PoolEntry;
import cn.baiyun.hte.pool.cycle.Cycle;
import cn.baiyun.hte.pool.cycle.CycleStatus;
import cn.baiyun.hte.platform.web.StreamingWorkbook;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recommendation list, its exports and its marking. Each test owns a cycle year (2040–2044, 2049) and its
 * own firms; the figures are those the worked examples C01 and C04 state.
 */
@PortalIntegrationTest
class RecommendationApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    RecommendationFixtures fixtures;
    @Autowired
    ReactiveMongoTemplate mongo;

    final Principals reviewer = Principals.reviewer();

    @Test
    void theListHoldsTheFirmsDecidedTier1WithTheEngineFiguresPageByPage() {
        int year = 2040;
        fixtures.cycle(year);
        String first = fixtures.firm("推荐甲软件有限公司", new Contact("王经理", "总经理", "0851-86660001", null));
        String second = fixtures.firm("推荐乙能源有限公司", null);
        String proposedOnly = fixtures.firm("推荐丙医药有限公司", null);
        String overridden = fixtures.firm("推荐丁软件有限公司", null);
        fixtures.entry(year, first, "C01", TierResult.TIER_1);
        fixtures.entry(year, second, "C04", TierResult.TIER_1);
        fixtures.entry(year, proposedOnly, "C09", null);
        fixtures.entry(year, overridden, "C01", TierResult.TIER_2);

        var firstPage = list(year, "?limit=1").expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].enterpriseId").isEqualTo(first)
                .jsonPath("$.items[0].firmName").isEqualTo("推荐甲软件有限公司")
                .jsonPath("$.items[0].uscc").isEqualTo(fixtures.storedFirmUscc(first))
                .jsonPath("$.items[0].technicalField").isEqualTo("1.1.9")
                .jsonPath("$.items[0].technicalFieldLabel").isEqualTo("电子信息 / 软件 / 企业管理软件")
                .jsonPath("$.items[0].lastYearSalesCny").isEqualTo(36000000)
                .jsonPath("$.items[0].rdIntensity").isEqualTo(0.0607)
                .jsonPath("$.items[0].stStaffRatio").isEqualTo(0.25)
                .jsonPath("$.items[0].hightechRevenueShare").isEqualTo(0.8)
                .jsonPath("$.items[0].projectedScore").isEqualTo(78)
                .jsonPath("$.items[0].contactName").isEqualTo("王经理")
                .jsonPath("$.items[0].contactPhone").isEqualTo("0851-86660001")
                .jsonPath("$.items[0].recommendedOn").doesNotExist()
                .jsonPath("$.next").exists()
                .returnResult();
        String next = JsonPath.read(new String(firstPage.getResponseBodyContent(),
                StandardCharsets.UTF_8), "$.next");

        list(year, "?limit=1&cursor=" + next).expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].enterpriseId").isEqualTo(second)
                .jsonPath("$.items[0].lastYearSalesCny").isEqualTo(200000000)
                .jsonPath("$.items[0].rdIntensity").isEqualTo(0.04)
                .jsonPath("$.items[0].stStaffRatio").isEqualTo(0.15)
                .jsonPath("$.items[0].hightechRevenueShare").isEqualTo(0.75)
                .jsonPath("$.items[0].projectedScore").isEqualTo(82)
                .jsonPath("$.items[0].contactName").doesNotExist()
                .jsonPath("$.next").doesNotExist();

        list(year, "?limit=0&cursor=nonsense").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'limit')].code").isEqualTo("paging.limit")
                .jsonPath("$.errors[?(@.field == 'cursor')].code").isEqualTo("paging.cursor");
    }

    @Test
    void theWorkbookHasTheHeaderOfTheRequestLanguageAndExactNumbers() throws IOException {
        int year = 2041;
        fixtures.cycle(year);
        String first = fixtures.firm("表格甲软件有限公司", new Contact("赵会计", null, "+86 851 8666 0002", null));
        String second = fixtures.firm("表格乙能源有限公司", null);
        fixtures.entry(year, first, "C01", TierResult.TIER_1);
        fixtures.entry(year, second, "C04", TierResult.TIER_1);

        byte[] english = download(year, "xlsx", "en")
                .expectHeader().contentType(StreamingWorkbook.MEDIA_TYPE)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"hte-recommendations-2041.xlsx\"")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(texts(sheet.getRow(0))).containsExactly("Firm", "Unified social credit code", "Technical field",
                    "Last fiscal year's sales revenue (yuan)", "R&D expense ratio (C5)", "S&T staff ratio (C4)",
                    "High-tech revenue share (C6)", "Projected innovation score", "Contact", "Contact phone",
                    "Recommended on");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);

            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("表格甲软件有限公司");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(fixtures.storedFirmUscc(first));
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("1.1.9 电子信息 / 软件 / 企业管理软件");
            assertNumber(row, 3, "36000000", "#,##0.00");
            assertNumber(row, 4, "0.0607", "0.00%");
            assertNumber(row, 5, "0.25", "0.00%");
            assertNumber(row, 6, "0.8", "0.00%");
            assertNumber(row, 7, "78", "0");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("赵会计");
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo("+86 851 8666 0002");
            assertThat(row.getCell(10)).isNull();

            Row next = sheet.getRow(2);
            assertThat(next.getCell(0).getStringCellValue()).isEqualTo("表格乙能源有限公司");
            assertNumber(next, 3, "200000000", "#,##0.00");
            assertNumber(next, 4, "0.04", "0.00%");
            assertNumber(next, 7, "82", "0");
            assertThat(next.getCell(8)).isNull();
        }

        byte[] chinese = download(year, "xlsx", "zh-CN").expectBody(byte[].class).returnResult().getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(chinese))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("第一梯队推荐名单");
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).startsWith("企业名称", "统一社会信用代码", "技术领域");
        }
    }

    @Test
    void theCsvHasABomQuotesByRfc4180AndNeutralisesFormulas() {
        int year = 2042;
        fixtures.cycle(year);
        String risky = fixtures.firm("=HYPERLINK(\"http://x\",\"点我\"),公司", new Contact("@SUM(A1)", null, "+86 851 1", null));
        fixtures.entry(year, risky, "C01", TierResult.TIER_1);

        byte[] body = download(year, "csv", "en")
                .expectHeader().contentType("text/csv;charset=UTF-8")
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"hte-recommendations-2042.csv\"")
                .expectBody(byte[].class).returnResult().getResponseBody();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<List<String>> rows = parseCsv(text);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("Firm", "Unified social credit code", "Technical field",
                "Last fiscal year's sales revenue (yuan)", "R&D expense ratio (C5)", "S&T staff ratio (C4)",
                "High-tech revenue share (C6)", "Projected innovation score", "Contact", "Contact phone",
                "Recommended on");
        assertThat(rows.get(1)).containsExactly("'=HYPERLINK(\"http://x\",\"点我\"),公司",
                fixtures.storedFirmUscc(risky), "1.1.9 电子信息 / 软件 / 企业管理软件", "36000000", "0.0607", "0.2500",
                "0.8000", "78", "'@SUM(A1)", "'+86 851 1", "");
        // The raw line: the name in quotes with its quotes doubled.
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\"),公司\",");
    }

    /** Records stored before text was checked may hold control characters: the CSV passes none of them on. */
    @Test
    void theCsvReplacesControlCharactersAndStillNeutralisesAFormulaBehindThem() {
        int year = 2049;
        fixtures.cycle(year);
        String firm = fixtures.firm("控制字符公司", "控制\u0000字符\u001B[31m公司\uFFFF", new Contact("\u0085=1+1\u007F", null, "-851 12345", null));
        fixtures.entry(year, firm, "C01", TierResult.TIER_1);

        byte[] body = download(year, "csv", "en").expectBody(byte[].class).returnResult().getResponseBody();

        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\u0000", "\u001B", "\uFFFF", "\u0085", "\u007F");
        List<String> row = parseCsv(text).get(1);
        assertThat(row.get(0)).isEqualTo("控制\uFFFD字符\uFFFD[31m公司\uFFFD");
        assertThat(row.get(8)).isEqualTo("\uFFFD=1+1\uFFFD");
        assertThat(row.get(9)).isEqualTo("'-851 12345");
    }

    @Test
    void markingSetsTheDayOnEachListedFirmAndTheCycleAndAddsOnlyNewcomersLater() {
        int year = 2043;
        fixtures.cycle(year);
        PoolEntry first = fixtures.entry(year, fixtures.firm("标记甲软件有限公司", null), "C01", TierResult.TIER_1);
        PoolEntry later = fixtures.entry(year, fixtures.firm("标记乙能源有限公司", null), "C04", null);
        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        LocalDate earlier = today.minusDays(3);

        mark(year, Map.of("date", today.plusDays(1).toString()), "en").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("date")
                .jsonPath("$.errors[0].message").isEqualTo("The date cannot be after today (" + today + ")");
        assertThat(fixtures.storedCycle(year).status()).isEqualTo(CycleStatus.OPEN);
        assertThat(fixtures.stored(first.id()).recommendedOn()).isNull();

        mark(year, Map.of("date", earlier.toString()), "en").expectStatus().isOk()
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.newlyMarked").isEqualTo(1)
                .jsonPath("$.cycle.status").isEqualTo("RECOMMENDED")
                .jsonPath("$.cycle.recommendedOn").isEqualTo(earlier.toString());
        mark(year, Map.of("date", earlier.toString()), "en").expectStatus().isOk()
                .expectBody().jsonPath("$.newlyMarked").isEqualTo(0);
        assertThat(fixtures.stored(first.id()).recommendedOn()).isEqualTo(earlier);
        assertThat(fixtures.stored(later.id()).recommendedOn()).isNull();

        fixtures.decide(later, TierResult.TIER_1);
        web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/recommendation", year).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.newlyMarked").isEqualTo(1)
                .jsonPath("$.cycle.recommendedOn").isEqualTo(today.toString());

        assertThat(fixtures.stored(first.id()).recommendedOn()).isEqualTo(earlier);
        assertThat(fixtures.stored(later.id()).recommendedOn()).isEqualTo(today);
        Cycle cycle = fixtures.storedCycle(year);
        assertThat(cycle.status()).isEqualTo(CycleStatus.RECOMMENDED);
        assertThat(cycle.recommendedOn()).isEqualTo(today);
        List<AuditEvent> audited = mongo.find(Query.query(Criteria.where("action").is("pool.recommended")
                .and("subjectId").is(cycle.id())), AuditEvent.class).collectList().block(RecommendationFixtures.TIMEOUT);
        assertThat(audited).hasSize(3);
        list(year, "").expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].recommendedOn").isEqualTo(earlier.toString())
                .jsonPath("$.items[1].recommendedOn").isEqualTo(today.toString());
    }

    @Test
    void anEmptyListCannotBeRecommendedAndNothingChanges() {
        int year = 2044;
        fixtures.cycle(year);
        PoolEntry proposed = fixtures.entry(year, fixtures.firm("空名单软件有限公司", null), "C01", null);

        mark(year, Map.of(), "en").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .isEqualTo("No firm of 2044 has been decided tier 1 yet: there is nothing to recommend");
        mark(year, Map.of(), "zh-CN").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.detail").isEqualTo("2044 年度尚无认定为第一梯队的企业，无可推荐名单");

        Cycle cycle = fixtures.storedCycle(year);
        assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(cycle.recommendedOn()).isNull();
        assertThat(fixtures.stored(proposed.id()).recommendedOn()).isNull();
        list(year, "").expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    private WebTestClient.ResponseSpec list(int year, String query) {
        return web.mutateWith(reviewer.bearer()).get().uri("/api/v1/cycles/" + year + "/recommendations" + query)
                .exchange();
    }

    private WebTestClient.ResponseSpec download(int year, String extension, String language) {
        return web.mutateWith(reviewer.bearer()).get().uri("/api/v1/cycles/{y}/recommendations." + extension, year)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange()
                .expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec mark(int year, Map<String, String> body, String language) {
        return web.mutateWith(reviewer.bearer()).post().uri("/api/v1/cycles/{y}/recommendation", year)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static void assertNumber(Row row, int column, String expected, String format) {
        var cell = row.getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
    }

    /** A reader for RFC 4180 as the test's independent check: quoted fields, doubled quotes, CRLF. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
