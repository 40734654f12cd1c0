package cn.baiyun.hte.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.core.io.buffer.DataBuffer;

/** Small files of each kind, built in memory as real tools would write them. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * A one-page PDF as a writer makes it, carrying about {@code bodyBytes} bytes of incompressible
     * content (an unfiltered stream hung off the page), so that its size can be chosen.
     */
    public static byte[] pdf(int bodyBytes) {
        try (var pdf = new PDDocument()) {
            var page = new PDPage();
            pdf.addPage(page);
            var body = pdf.getDocument().createCOSStream();
            try (var out = body.createRawOutputStream()) {
                out.write(random(bodyBytes));
            }
            page.getCOSObject().setItem(COSName.getPDFName("PieceInfo"), body);
            var out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    private static byte[] image(String format) {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xC8102E);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] docx() {
        return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
    }

    public static byte[] xlsx() {
        return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    }

    /** A ZIP archive that is no Office document (a Java archive). */
    public static byte[] jar() {
        return zip("META-INF/MANIFEST.MF", "cn/Evil.class");
    }

    public static byte[] elf() {
        return concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, random(4000));
    }

    public static byte[] windowsExecutable() {
        return concat(new byte[] {'M', 'Z', (byte) 0x90, 0}, random(4000));
    }

    public static byte[] zip(String... entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<x>" + entry + "</x>").repeat(50).getBytes(StandardCharsets.UTF_8));
                zip.write(random(2000));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] bytes(DataBuffer buffer) {
        byte[] bytes = new byte[buffer.readableByteCount()];
        buffer.read(bytes);
        return bytes;
    }

    public static byte[] random(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    public static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
