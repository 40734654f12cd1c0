package cn.baiyun.hte.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;

/**
 * Files made to slip past an upload check, each with the name an attacker would give it and the
 * problem code the portal must answer with: {@code document.file.type} for a file that is not what its
 * first bytes claim, {@code document.file.unsafe} for one that is, but carries something to run, to
 * hide or to blow up, and for a PDF the reader can fix by saving it again, {@code document.file.pdf-script}
 * (JavaScript) or {@code document.file.pdf-encrypted} (a password to open it, or encryption that only
 * restricts it). Every code but {@link #NOT_THE_TYPE} says the file "cannot be accepted" (不能接收).
 */
public final class DisguisedFiles {

    public static final String NOT_THE_TYPE = "document.file.type";
    public static final String UNSAFE = "document.file.unsafe";
    public static final String PDF_SCRIPT = "document.file.pdf-script";
    public static final String PDF_ENCRYPTED = "document.file.pdf-encrypted";
    private static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>\n";

    /** One crafted file: a name for the test report, the client's file name, the bytes and the expected code. */
    public record Disguised(String label, String filename, byte[] content, String code) {

        @Override
        public String toString() {
            return label;
        }
    }

    private DisguisedFiles() {
    }

    /** Every disguise of the issue, on each upload path; the zip bomb expands to {@code bombBytes}. */
    public static List<Disguised> all(long bombBytes) {
        return List.of(
                new Disguised("%PDF- then garbage, named .bat", "审计报告.bat", pdfHeaderThenGarbage(), NOT_THE_TYPE),
                new Disguised("%PDF- then garbage, named .exe", "审计报告.exe", pdfHeaderThenGarbage(), NOT_THE_TYPE),
                new Disguised("HTML named .pdf", "审计报告.pdf", HTML.getBytes(StandardCharsets.UTF_8), NOT_THE_TYPE),
                new Disguised("SVG named .pdf", "审计报告.pdf", svg(), NOT_THE_TYPE),
                new Disguised("%PDF- then HTML, named .html", "审计报告.html",
                        ("%PDF-1.7\n" + HTML).getBytes(StandardCharsets.UTF_8), NOT_THE_TYPE),
                new Disguised("Windows executable named .pdf", "审计报告.pdf", TestFiles.windowsExecutable(), NOT_THE_TYPE),
                new Disguised("PDF running JavaScript on open", "审计报告.pdf", pdfWithJavaScript(), PDF_SCRIPT),
                new Disguised("PDF with document-level JavaScript", "审计报告.pdf", pdfWithDocumentJavaScript(),
                        PDF_SCRIPT),
                new Disguised("PDF running JavaScript when a page opens", "审计报告.pdf", pdfWithPageJavaScript(),
                        PDF_SCRIPT),
                new Disguised("PDF that needs a password to open", "审计报告.pdf", encryptedPdf("secret"), PDF_ENCRYPTED),
                new Disguised("PDF encrypted with an owner password only", "审计报告.pdf", encryptedPdf(""),
                        PDF_ENCRYPTED),
                new Disguised("PDF with an HTML page appended", "审计报告.pdf",
                        TestFiles.concat(TestFiles.pdf(200), HTML.getBytes(StandardCharsets.UTF_8)), UNSAFE),
                new Disguised("PNG with an HTML page after its end", "scan.png",
                        TestFiles.concat(TestFiles.png(), HTML.getBytes(StandardCharsets.UTF_8)), UNSAFE),
                new Disguised("JPEG with a script in a comment", "scan.jpg", jpegWithComment("<script>alert(1)</script>"),
                        UNSAFE),
                new Disguised("PNG header claiming 100000 x 100000 pixels", "scan.png", pngClaiming(100_000, 100_000),
                        UNSAFE),
                new Disguised("PNG header cut short", "scan.png", Arrays.copyOf(TestFiles.png(), 20),
                        NOT_THE_TYPE),
                new Disguised("DOCX that expands a thousandfold", "说明.docx", docxBomb(bombBytes), UNSAFE),
                new Disguised("DOCX with an .exe entry", "说明.docx",
                        TestFiles.zip("[Content_Types].xml", "word/document.xml", "word/media/setup.exe"), UNSAFE),
                new Disguised("DOCX with a ../ entry", "说明.docx",
                        TestFiles.zip("[Content_Types].xml", "word/document.xml", "../../startup/evil.xml"), UNSAFE),
                new Disguised("DOCX with a backslash entry", "说明.docx",
                        TestFiles.zip("[Content_Types].xml", "word/document.xml", "word\\..\\..\\evil.xml"), UNSAFE),
                new Disguised("DOCX with an absolute entry", "说明.docx",
                        TestFiles.zip("[Content_Types].xml", "word/document.xml", "/etc/cron.d/evil"), UNSAFE),
                new Disguised("DOCX with too many entries", "说明.docx", docxWithEntries(2_100), UNSAFE),
                new Disguised("DOCX without word/document.xml", "说明.docx",
                        TestFiles.zip("[Content_Types].xml", "word/styles.xml"), NOT_THE_TYPE),
                new Disguised("XLSX without xl/workbook.xml", "台账.xlsx",
                        TestFiles.zip("[Content_Types].xml", "xl/styles.xml"), NOT_THE_TYPE));
    }

    public static byte[] pdfHeaderThenGarbage() {
        return TestFiles.concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), TestFiles.random(5000),
                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] svg() {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** JavaScript in the catalog's {@code /OpenAction}. */
    public static byte[] pdfWithJavaScript() {
        var pdf = new PDDocument();
        pdf.addPage(new PDPage());
        pdf.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened')"));
        return saved(pdf);
    }

    /** JavaScript in the name dictionary's {@code /JavaScript} tree, which readers run on opening. */
    public static byte[] pdfWithDocumentJavaScript() {
        var pdf = new PDDocument();
        pdf.addPage(new PDPage());
        var scripts = new PDJavascriptNameTreeNode();
        scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('loaded')")));
        var names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setJavascript(scripts);
        pdf.getDocumentCatalog().setNames(names);
        return saved(pdf);
    }

    /** JavaScript in a page's additional actions ({@code /AA /O}), run when the page is shown. */
    public static byte[] pdfWithPageJavaScript() {
        var pdf = new PDDocument();
        var page = new PDPage();
        var actions = new PDPageAdditionalActions();
        actions.setO(new PDActionJavaScript("app.alert('page')"));
        page.setActions(actions);
        pdf.addPage(page);
        return saved(pdf);
    }

    /** A PDF with standard encryption: {@code userPassword} is needed to open it (none if empty). */
    public static byte[] encryptedPdf(String userPassword) {
        var pdf = new PDDocument();
        pdf.addPage(new PDPage());
        var policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        try {
            pdf.protect(policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return saved(pdf);
    }

    private static byte[] saved(PDDocument pdf) {
        try (pdf) {
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG with a COM segment right after its start marker. */
    public static byte[] jpegWithComment(String comment) {
        byte[] jpeg = TestFiles.jpeg();
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer segment = ByteBuffer.allocate(4 + text.length);
        segment.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (text.length + 2)).put(text);
        return TestFiles.concat(Arrays.copyOf(jpeg, 2), segment.array(), Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A well-formed PNG header (signature, IHDR with its CRC) claiming the given size, then the end chunk. */
    public static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        return TestFiles.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk(ihdr.array()),
                chunk("IEND".getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] chunk(byte[] typeAndData) {
        var crc = new CRC32();
        crc.update(typeAndData);
        return ByteBuffer.allocate(typeAndData.length + 8).putInt(typeAndData.length - 4).put(typeAndData)
                .putInt((int) crc.getValue()).array();
    }

    /** A DOCX with the parts Word needs and one part of {@code expanded} zero bytes, squeezed as hard as deflate can. */
    public static byte[] docxBomb(long expanded) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (String part : new String[] {"[Content_Types].xml", "word/document.xml"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written < expanded; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] docxWithEntries(int count) {
        String[] names = new String[count];
        names[0] = "[Content_Types].xml";
        names[1] = "word/document.xml";
        for (int i = 2; i < count; i++) {
            names[i] = "word/part" + i + ".xml";
        }
        return TestFiles.zip(names);
    }
}
