package cn.baiyun.hte.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks the whole structure of a stored upload against the type its first bytes claimed, so that a
 * file is accepted only if a reader of that type can open it and it carries nothing to run:
 * <ul>
 * <li>PDF: PDFBox loads it (the cross-reference table, the trailer, the catalog and its page tree, at
 * least one page) with {@value #PDF_MEMORY} bytes of memory at most and the rest in a temporary file;
 * it is not encrypted (neither a password to open it nor one that only restricts it: the reviewer must
 * be able to read it, and encrypted streams hide what they hold from the checks below); no object of it
 * is a JavaScript or Launch action or carries JavaScript ({@code /JS}, a {@code /JavaScript} name tree,
 * an {@code /OpenAction} or {@code /AA} naming either). Its objects are looked at until the deadline
 * passes; a file with more than can be looked at by then is refused ({@link Verdict#TOO_COMPLEX});</li>
 * <li>PNG, JPEG: the format's ImageIO reader decodes the header, the image is at most
 * {@value #MAX_SIDE} pixels a side and {@value #MAX_PIXELS} pixels in all (the pixels are never
 * decoded); a PNG ends with its {@code IEND} chunk, nothing hidden after it;</li>
 * <li>PDF, PNG, JPEG: no HTML or script markup anywhere in the bytes ({@link #MARKUP}: an opening
 * {@code script}, {@code html}, {@code body}, {@code svg}, {@code iframe}, {@code object} or
 * {@code embed} tag, an HTML doctype, a {@code javascript:} URL), so the file is no polyglot a browser
 * could render as a page. The tags must be followed by a space, {@code /} or {@code >}, which keeps the
 * odds of random compressed bytes matching below one in a thousand for a file of the largest size;</li>
 * <li>DOCX, XLSX: the central directory (what Office reads) has {@code [Content_Types].xml} and
 * {@code word/document.xml} or {@code xl/workbook.xml}, at most {@value #MAX_ENTRIES} entries, no name
 * twice, no unsafe name ({@link ZipEntryNames#unsafe(String)}), and every entry inflates: in all to at
 * most {@value #MAX_RATIO} times the archive's size (at least {@value #SMALL_EXPANSION} bytes, for small
 * files) and never more than {@value #MAX_EXPANSION} bytes. The bytes are counted as they are inflated,
 * the sizes the archive declares are not trusted.</li>
 * </ul>
 * Reads the file and parses: blocking work, for a worker thread only, which {@link UploadInspection} also
 * bounds in time.
 */
final class FileStructure {

    static final long PDF_MEMORY = 16L * 1024 * 1024;
    static final int MAX_SIDE = 20_000;
    static final long MAX_PIXELS = 100_000_000L;
    static final int MAX_ENTRIES = 2_000;
    static final int MAX_RATIO = 100;
    static final long SMALL_EXPANSION = 16L * 1024 * 1024;
    static final long MAX_EXPANSION = 512L * 1024 * 1024;
    static final Pattern MARKUP = Pattern.compile(
            "<(?:script|html|body|svg|iframe|object|embed)[\\s/>]|<!doctype\\s+html|javascript:", Pattern.CASE_INSENSITIVE);

    private static final byte[] PNG_END = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final int BLOCK = 64 * 1024;
    /** Bytes of one block carried into the next, so that markup spanning the boundary is still found. */
    private static final int OVERLAP = 32;
    private static final COSName LAUNCH = COSName.getPDFName("Launch");

    /** What the structure says about a file, and the problem code a refused one is answered with. */
    enum Verdict {
        SOUND(null),
        /** It is not a file of the type it starts like. */
        NOT_THE_TYPE("document.file.type"),
        /** It is of its type, but carries something to run, to hide or to blow up. */
        UNSAFE("document.file.unsafe"),
        /** A PDF with JavaScript or a Launch action: the reader can save it again without, so it is named. */
        PDF_SCRIPT("document.file.pdf-script"),
        /** An encrypted PDF, with or without a password to open it. */
        PDF_ENCRYPTED("document.file.pdf-encrypted"),
        /** Not checked to the end before its deadline: refused rather than hold a worker longer. */
        TOO_COMPLEX("document.file.too-complex");

        private final String problemCode;

        Verdict(String problemCode) {
            this.problemCode = problemCode;
        }

        String problemCode() {
            return problemCode;
        }
    }

    /** Thrown by a check that passed its deadline. */
    private static final class DeadlinePassed extends RuntimeException {
        DeadlinePassed() {
            super(null, null, false, false);
        }
    }

    private FileStructure() {
    }

    /** @param deadline the {@link System#nanoTime()} by which a check of many parts gives up */
    static Verdict of(FileType type, Path file, long deadline) {
        try {
            return switch (type) {
                case PDF -> pdf(file, deadline);
                case PNG, JPEG -> image(type, file);
                case DOCX, XLSX -> office(type, file);
            };
        } catch (DeadlinePassed e) {
            return Verdict.TOO_COMPLEX;
        } catch (InvalidPasswordException e) {
            return Verdict.PDF_ENCRYPTED;
        } catch (IOException | RuntimeException e) {
            // The parsers signal a malformed file with exceptions of many kinds, runtime ones included.
            return Verdict.NOT_THE_TYPE;
        }
    }

    private static Verdict pdf(Path file, long deadline) throws IOException {
        // A file needing a password to open throws InvalidPasswordException here.
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null,
                MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache)) {
            if (pdf.getNumberOfPages() < 1) {
                return Verdict.NOT_THE_TYPE;
            }
            if (pdf.isEncrypted()) {
                return Verdict.PDF_ENCRYPTED;
            }
            if (scripted(pdf, deadline)) {
                return Verdict.PDF_SCRIPT;
            }
            return markup(file) ? Verdict.UNSAFE : Verdict.SOUND;
        }
    }

    /**
     * Looks at every object, those inside object streams too, for an action that runs something; gives up
     * at the deadline, checked between objects, since each object is parsed on first sight.
     */
    private static boolean scripted(PDDocument pdf, long deadline) {
        var document = pdf.getDocument();
        for (COSObjectKey key : Set.copyOf(document.getXrefTable().keySet())) {
            if (System.nanoTime() - deadline > 0) {
                throw new DeadlinePassed();
            }
            COSBase object = document.getObjectFromPool(key).getObject();
            if (object instanceof COSDictionary dictionary && (dictionary.containsKey(COSName.JS)
                    || dictionary.containsKey(COSName.JAVA_SCRIPT) || COSName.JAVA_SCRIPT.equals(dictionary.getItem(COSName.S))
                    || LAUNCH.equals(dictionary.getItem(COSName.S)))) {
                return true;
            }
        }
        return false;
    }

    private static Verdict image(FileType type, Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName(type == FileType.PNG ? "png" : "jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                return Verdict.UNSAFE;
            }
        } finally {
            reader.dispose();
        }
        if (type == FileType.PNG && !endsWith(file, PNG_END)) {
            return Verdict.UNSAFE;
        }
        return markup(file) ? Verdict.UNSAFE : Verdict.SOUND;
    }

    private static Verdict office(FileType type, Path file) throws IOException {
        String mainPart = type == FileType.DOCX ? "word/document.xml" : "xl/workbook.xml";
        long allowed = Math.min(MAX_EXPANSION, Math.max(SMALL_EXPANSION, MAX_RATIO * Files.size(file)));
        long expanded = 0;
        boolean contentTypes = false;
        boolean main = false;
        Set<String> names = new HashSet<>();
        byte[] buffer = new byte[BLOCK];
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (names.size() == MAX_ENTRIES || !names.add(name) || ZipEntryNames.unsafe(name)) {
                    return Verdict.UNSAFE;
                }
                contentTypes |= name.equals("[Content_Types].xml");
                main |= name.equals(mainPart);
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        expanded += read;
                        if (expanded > allowed) {
                            return Verdict.UNSAFE;
                        }
                    }
                }
            }
        }
        return contentTypes && main ? Verdict.SOUND : Verdict.NOT_THE_TYPE;
    }

    private static boolean markup(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] block = new byte[OVERLAP + BLOCK];
            int carried = 0;
            for (int read = in.readNBytes(block, carried, BLOCK); read > 0; read = in.readNBytes(block, carried, BLOCK)) {
                int length = carried + read;
                if (MARKUP.matcher(new String(block, 0, length, StandardCharsets.ISO_8859_1)).find()) {
                    return true;
                }
                carried = Math.min(OVERLAP, length);
                System.arraycopy(block, length - carried, block, 0, carried);
            }
        }
        return false;
    }

    private static boolean endsWith(Path file, byte[] end) throws IOException {
        long size = Files.size(file);
        if (size < end.length) {
            return false;
        }
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] tail = new byte[end.length];
            in.seek(size - end.length);
            in.readFully(tail);
            return Arrays.equals(tail, end);
        }
    }
}
