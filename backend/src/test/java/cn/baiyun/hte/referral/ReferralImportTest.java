package cn.baiyun.hte.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.enterprise.UnifiedSocialCreditCode;
import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.assertj.core.groups.Tuple;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Bulk import of a department's list, CSV and XLSX: good rows imported, rows in error reported with their
 * column and reason and changing nothing, duplicates (already referred, or twice in the file) reported,
 * another department kept out, and a list of ten thousand rows streamed to its end.
 */
@PortalIntegrationTest
class ReferralImportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String IMPORTS = "/api/v1/referrals/imports";

    @Autowired
    WebTestClient web;
    @Autowired
    ReferralService service;
    @Autowired
    EnterpriseService enterprises;

    final String department = "市场监管局-" + UUID.randomUUID().toString().substring(0, 8);
    final Principals officer = Principals.department(department);

    @Test
    void aCsvWithGoodAndBadRowsImportsTheGoodOnesAndReportsTheRestByRowAndColumn() {
        String good = TestFirms.newUscc();
        String quoted = TestFirms.newUscc();
        String already = TestFirms.newUscc();
        String badOriginal = TestFirms.newUscc();
        String badCheck = wrongCheckDigit(badOriginal);
        String noName = TestFirms.newUscc();
        String control = TestFirms.newUscc();
        web.mutateWith(officer.bearer()).post().uri("/api/v1/referrals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("uscc", already, "firmName", "已推荐公司")).exchange().expectStatus().isCreated();
        String csv = "\uFEFF统一社会信用代码,企业名称,推荐理由,联系人\r\n"
                + good + ",导入好公司,专精特新,王经理 0851-1\r\n"
                + quoted + ",\"引号公司，有限\",\"理由含\"\"引号\"\"\n和换行\",\r\n"
                + already + ",已推荐公司,,\r\n"
                + badCheck + ",校验位错误公司,,\r\n"
                + ",,,\r\n"
                + noName + ",,,\r\n"
                + good + ",导入好公司,同一文件再次出现,\r\n"
                + control + ",控制\u0007字符公司,,\r\n";

        ImportReport report = finished(upload(officer, "名单.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.state()).isEqualTo(ReferralImport.State.FINISHED);
        assertThat(report.fileName()).isEqualTo("名单.csv");
        assertThat(report.format()).isEqualTo(ReferralImport.Format.CSV);
        assertThat(List.of(report.rows(), report.accepted(), report.duplicates(), report.invalid()))
                .containsExactly(7L, 2L, 2L, 3L);
        assertThat(report.problems()).extracting(ImportReport.RowProblem::row, ImportReport.RowProblem::outcome,
                        ImportReport.RowProblem::column)
                .containsExactly(
                        Tuple.tuple(4L, ReferralImport.Outcome.DUPLICATE, "A"),
                        Tuple.tuple(5L, ReferralImport.Outcome.INVALID, "A"),
                        Tuple.tuple(7L, ReferralImport.Outcome.INVALID, "B"),
                        Tuple.tuple(8L, ReferralImport.Outcome.DUPLICATE, "A"),
                        Tuple.tuple(9L, ReferralImport.Outcome.INVALID, "B"));
        assertThat(report.problems().get(0).reason()).isEqualTo("本部门已推荐过该企业");
        assertThat(report.problems().get(2).reason()).isEqualTo("此项为必填项");
        assertThat(report.problems().get(4).reason()).contains("控制字符");

        web.mutateWith(officer.bearer()).get().uri("/api/v1/referrals?limit=100").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.uscc == '" + good + "')].contact").isEqualTo(List.of("王经理 0851-1"))
                .jsonPath("$.items[?(@.uscc == '" + quoted + "')].note").isEqualTo(List.of("理由含\"引号\"\n和换行"))
                .jsonPath("$.items.length()").isEqualTo(3);
        for (String refused : List.of(badOriginal, noName, control)) {
            assertThat(enterprises.withCode(UnifiedSocialCreditCode.of(refused), null).blockOptional(TIMEOUT))
                    .as("no firm listed for a row in error").isEmpty();
        }
    }

    @Test
    void anXlsxListIsReadFromItsFirstSheetAndOtherDepartmentsCannotReadItsReport() throws IOException {
        String good = TestFirms.newUscc();
        byte[] xlsx = workbook(List.of(
                List.of("统一社会信用代码", "企业名称", "推荐理由", "联系人"),
                List.of(good, "表格导入公司", "数据局推荐", "赵经理"),
                List.of("91520113ABC", "坏代码公司", "", "")));

        ImportReport report = finished(upload(officer, "名单.xlsx", xlsx));

        assertThat(report.format()).isEqualTo(ReferralImport.Format.XLSX);
        assertThat(List.of(report.rows(), report.accepted(), report.invalid())).containsExactly(2L, 1L, 1L);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("A");
            assertThat(problem.field()).isEqualTo("uscc");
        });
        assertThat(service.enterpriseIdsReferredBy(department).collectList().block(TIMEOUT)).hasSize(1);

        web.mutateWith(Principals.department("农业农村局-" + UUID.randomUUID()).bearer()).get()
                .uri(IMPORTS + "/" + report.id()).exchange().expectStatus().isNotFound();
        web.mutateWith(Principals.firmUser("firm").bearer()).get().uri(IMPORTS + "/" + report.id()).exchange()
                .expectStatus().isForbidden();
        web.mutateWith(Principals.reviewer().bearer()).get().uri(IMPORTS + "/" + report.id()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void filesThatAreNoListAreRefusedOrReportedAndChangeNothing() {
        problemOf(upload(officer, "空.csv", new byte[0]), 400).jsonPath("$.errors[0].field").isEqualTo("file");
        problemOf(upload(officer, "图.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}), 400)
                .jsonPath("$.errors[0].field").isEqualTo("file");
        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("note", "没有文件");
        problemOf(web.mutateWith(officer.bearer()).post().uri(IMPORTS)
                .body(BodyInserters.fromMultipartData(noFile.build())).exchange(), 400)
                .jsonPath("$.errors[0].field").isEqualTo("file");
        problemOf(upload(Principals.reviewer(), "名单.csv", "a,b\r\n".getBytes(StandardCharsets.UTF_8)), 403);

        byte[] gbk = ("代码,名称\r\n" + TestFirms.newUscc() + ",编码错误公司\r\n").getBytes(java.nio.charset.Charset.forName("GBK"));
        ImportReport failed = finished(upload(officer, "gbk.csv", gbk));
        assertThat(failed.state()).isEqualTo(ReferralImport.State.FAILED);
        assertThat(failed.failure()).contains("UTF-8");
        assertThat(service.enterpriseIdsReferredBy(department).collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void aListOfTenThousandRowsIsImportedToItsEnd() {
        StringBuilder csv = new StringBuilder("统一社会信用代码,企业名称,推荐理由,联系人\r\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(TestFirms.newUscc()).append(",批量导入企业").append(i).append(",批量,\r\n");
        }

        ImportReport report = finished(upload(officer, "万行名单.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                Duration.ofMinutes(15));

        assertThat(report.state()).isEqualTo(ReferralImport.State.FINISHED);
        assertThat(report.rows()).isEqualTo(10_000);
        assertThat(report.accepted()).isEqualTo(10_000);
        assertThat(service.enterpriseIdsReferredBy(department).count().block(TIMEOUT)).isEqualTo(10_000);
    }

    @Test
    void anOfficerUploadsOnThePageAndReadsTheReport() {
        String csv = "代码,名称\r\n" + TestFirms.newUscc() + ",页面导入公司\r\n91520113ABC,坏行\r\n";
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "页面名单.csv";
            }
        }).contentType(MediaType.parseMediaType("text/csv"));
        String location = web.mutateWith(officer.session()).mutateWith(csrf()).post().uri("/referrals/imports")
                .body(BodyInserters.fromMultipartData(form.build())).exchange().expectStatus().isSeeOther()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        assertThat(location).startsWith("/referrals/imports/");
        finished(web.mutateWith(officer.bearer()).get().uri("/api/v1" + location).exchange());

        String page = web.mutateWith(officer.session()).get().uri(location).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("导入报告：页面名单.csv").contains("已完成").contains("A 列（统一社会信用代码）")
                .doesNotContain("referral-import.js")
                .contains("id=\"import-problems\" class=\"stacked\"").contains("data-label=\"原因\"");
        String english = web.mutateWith(officer.session()).get().uri(location + "?lang=en").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(english).contains("Import report").contains("Column A (credit code)");

        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("note", "忘了选文件");
        String empty = web.mutateWith(officer.session()).mutateWith(csrf()).post().uri("/referrals/imports")
                .body(BodyInserters.fromMultipartData(noFile.build())).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(empty).contains("请选择要上传的文件").contains("aria-invalid=\"true\"");
        assertThat(web.mutateWith(officer.session()).get().uri("/referrals/imports").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).contains("页面名单.csv");
    }

    private WebTestClient.ResponseSpec upload(Principals caller, String name, byte[] content) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return web.mutateWith(caller.bearer()).post().uri(IMPORTS).body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    private ImportReport finished(WebTestClient.ResponseSpec started) {
        return finished(started, Duration.ofMinutes(1));
    }

    /** Follows an import from its start (202, or the 200 of a read) until it has ended. */
    private ImportReport finished(WebTestClient.ResponseSpec started, Duration patience) {
        ImportReport report = started.expectBody(ImportReport.class).returnResult().getResponseBody();
        long deadline = System.nanoTime() + patience.toNanos();
        while (report.state() == ReferralImport.State.RUNNING && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            report = web.mutateWith(officer.bearer()).get().uri(IMPORTS + "/" + report.id()).exchange()
                    .expectStatus().isOk().expectBody(ImportReport.class).returnResult().getResponseBody();
        }
        return report;
    }

    private static WebTestClient.BodyContentSpec problemOf(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).expectBody();
    }

    private static String wrongCheckDigit(String uscc) {
        return uscc.substring(0, 17) + (uscc.endsWith("0") ? "1" : "0");
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int j = 0; j < rows.get(i).size(); j++) {
                    row.createCell(j).setCellValue(rows.get(i).get(j));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
