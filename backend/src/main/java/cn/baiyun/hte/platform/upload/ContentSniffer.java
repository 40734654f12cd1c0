package cn.baiyun.hte.platform.upload;

import java.util.Arrays;

/**
 * Decides a file's type from its content as it streams past. The first bytes (the magic number)
 * decide PDF, PNG and JPEG, and rule out anything else that is not a ZIP container, so an executable
 * is refused before more than its first buffer is read; a ZIP container is then accepted only if its
 * entries make it a Word or Excel document.
 */
final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[][] SIGNATURES = {PDF, PNG, JPEG, ZIP};
    private static final int HEAD = PNG.length;

    private final byte[] head = new byte[HEAD];
    private int headLength;
    private ZipEntryNames zip;

    /** Looks at the next bytes; false as soon as they cannot be the start of an accepted type. */
    boolean accept(byte[] bytes, int offset, int length) {
        int taken = Math.min(length, HEAD - headLength);
        System.arraycopy(bytes, offset, head, headLength, taken);
        headLength += taken;
        if (!anySignatureStillPossible()) {
            return false;
        }
        if (zip == null && startsWith(ZIP)) {
            zip = new ZipEntryNames();
            zip.accept(head, 0, headLength);
            zip.accept(bytes, offset + taken, length - taken);
        } else if (zip != null) {
            zip.accept(bytes, offset, length);
        }
        return true;
    }

    /** True once the file shows something to refuse whatever its type: an archive entry no Office file has. */
    boolean unsafe() {
        return zip != null && zip.unsafe();
    }

    /** The type of the whole file once it has all been seen, or null if it is none of the accepted ones. */
    FileType verdict() {
        if (startsWith(PDF)) {
            return FileType.PDF;
        }
        if (startsWith(PNG)) {
            return FileType.PNG;
        }
        if (startsWith(JPEG)) {
            return FileType.JPEG;
        }
        return zip == null ? null : zip.officeType();
    }

    private boolean anySignatureStillPossible() {
        for (byte[] signature : SIGNATURES) {
            int compared = Math.min(headLength, signature.length);
            if (Arrays.equals(head, 0, compared, signature, 0, compared)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWith(byte[] signature) {
        return headLength >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
    }
}
