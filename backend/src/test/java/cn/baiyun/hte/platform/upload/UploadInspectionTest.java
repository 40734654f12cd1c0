package cn.baiyun.hte.platform.upload;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.support.DisguisedFiles;
import cn.baiyun.hte.support.DisguisedFiles.Disguised;
import cn.baiyun.hte.support.TestFiles;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole inspection of an upload, streamed in small buffers as a network would deliver it and then
 * checked for its structure, without storage: every disguise is refused with its problem, real files of
 * every type pass.
 */
class UploadInspectionTest {

    private static final long LIMIT = 20L * 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<Disguised> DISGUISED = DisguisedFiles.all(1024L * 1024 * 1024);

    static List<Disguised> disguised() {
        return DISGUISED;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disguised")
    void everyDisguiseIsRefusedWithItsProblem(Disguised file) {
        assertThatThrownBy(() -> inspect(file.content()))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", file.code())));
    }

    @Test
    void theZipBombIsAsSmallAsTheIssueSaysAndRefusedLongBeforeItIsExpanded() {
        byte[] bomb = DISGUISED.stream().filter(d -> d.label().contains("thousandfold")).findFirst().orElseThrow().content();
        assertThat(bomb.length).as("a gibibyte squeezed").isBetween(500_000, 1_500_000);
        long started = System.nanoTime();
        assertThatThrownBy(() -> inspect(bomb)).isInstanceOf(PortalException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aPdfWithMoreObjectsThanCanBeCheckedInTimeIsRefusedAndTheWorkerFreed() {
        byte[] crowded = pdfWithObjects(20_000);
        assertThat(inspect(crowded).type()).as("with the production time").isEqualTo(FileType.PDF);

        long started = System.nanoTime();
        assertThatThrownBy(() -> inspect(crowded, Duration.ofMillis(1)))
                .isInstanceOfSatisfying(PortalException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::messageKey).containsExactly("document.file.too-complex"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theStructureCheckItselfStopsAtItsDeadlineNotOnlyTheAnswer() throws Exception {
        var file = java.nio.file.Files.createTempFile("crowded", ".pdf");
        try {
            java.nio.file.Files.write(file, pdfWithObjects(20_000));
            long started = System.nanoTime();
            assertThat(FileStructure.of(FileType.PDF, file, started)).isEqualTo(FileStructure.Verdict.TOO_COMPLEX);
            assertThat(FileStructure.of(FileType.PDF, file, started + Duration.ofSeconds(30).toNanos()))
                    .isEqualTo(FileStructure.Verdict.SOUND);
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void realFilesOfEveryTypePassAndKeepTheirType() {
        assertThat(inspect(TestFiles.pdf(300_000)).type()).isEqualTo(FileType.PDF);
        assertThat(inspect(TestFiles.png()).type()).isEqualTo(FileType.PNG);
        assertThat(inspect(TestFiles.jpeg()).type()).isEqualTo(FileType.JPEG);
        assertThat(inspect(TestFiles.docx()).type()).isEqualTo(FileType.DOCX);
        assertThat(inspect(TestFiles.xlsx()).type()).isEqualTo(FileType.XLSX);
    }

    @Test
    void anOfficeFileMayHoldMediaWithDotsInItsNames() {
        byte[] docx = TestFiles.zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/media/image1.svg",
                "word/_rels/document.xml.rels", "docProps/app.xml");
        assertThat(inspect(docx).type()).isEqualTo(FileType.DOCX);
    }

    @Test
    void unsafeEntryNames() {
        assertThat(List.of("../a.xml", "word/../../a.xml", "/etc/passwd", "C:/x.xml", "word\\a.xml", "a\u0000.xml",
                "word/media/run.EXE", "x.dll", "y.bat", "z.cmd", "s.js", "v.vbs", "p.ps1", "s.sh", "j.jar", "x.scr",
                "c.com", "i.msi", ""))
                .allMatch(ZipEntryNames::unsafe);
        assertThat(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "xl/worksheets/sheet1.xml",
                "word/media/image1.png", "word/..notes.xml")).noneMatch(ZipEntryNames::unsafe);
    }

    @Test
    void theDownloadNameTakesTheDetectedTypesExtension() {
        assertThat(DisplayName.of("审计报告.bat", FileType.PDF)).isEqualTo("审计报告.pdf");
        assertThat(DisplayName.of("scan.JPEG", FileType.JPEG)).isEqualTo("scan.jpg");
        assertThat(DisplayName.of("说明", FileType.DOCX)).isEqualTo("说明.docx");
        assertThat(DisplayName.of("../../.exe", FileType.PNG)).isEqualTo("exe.png");
        assertThat(DisplayName.of("长".repeat(300) + ".exe", FileType.XLSX))
                .endsWith(".xlsx").hasSize(DisplayName.MAX_LENGTH);
    }

    /** A sound one-page PDF that holds {@code count} small dictionaries as objects of their own. */
    private static byte[] pdfWithObjects(int count) {
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            var objects = new COSArray();
            for (int i = 0; i < count; i++) {
                var object = new COSDictionary();
                object.setInt(COSName.N, i);
                object.setDirect(false);
                objects.add(object);
            }
            page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), objects);
            var out = new java.io.ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static UploadInspection.Inspected inspect(byte[] content) {
        return inspect(content, UploadInspection.CHECK_TIME);
    }

    /** Streams the bytes through an inspection in 8 KiB buffers, then checks the structure of what passed. */
    private static UploadInspection.Inspected inspect(byte[] content, Duration checkTime) {
        var inspection = new UploadInspection(LIMIT, "file", checkTime);
        Flux<DataBuffer> network = Flux.fromStream(IntStream.iterate(0, at -> at < content.length, at -> at + 8192)
                .mapToObj(at -> DefaultDataBufferFactory.sharedInstance.wrap(
                        java.util.Arrays.copyOfRange(content, at, Math.min(content.length, at + 8192)))));
        return inspection.inspected(network).then(Mono.defer(() -> inspection.verified(
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(content))))).block(TIMEOUT);
    }
}
