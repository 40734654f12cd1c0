package cn.baiyun.hte.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The value of the first field of a multipart form, read from the first bytes of its body, if that field
 * has the name looked for. Browsers send the fields in the order of the form, and the portal's forms carry
 * their CSRF token as their first field, so the token is known long before the file that follows.
 */
final class LeadingFormField {

    /** What the bytes seen so far tell. */
    sealed interface Scan {
    }

    /** The first field is the one looked for; its value. */
    record Found(String value) implements Scan {
    }

    /** The first field is another one, or the body is no multipart form: there is no such field to read. */
    record Absent() implements Scan {
    }

    /** The first field's name or value is not complete yet. */
    record NeedMore() implements Scan {
    }

    private static final byte[] HEADERS_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final byte[] opening;
    private final byte[] closing;
    private final String name;

    LeadingFormField(String boundary, String name) {
        this.opening = ("--" + boundary + "\r\n").getBytes(StandardCharsets.US_ASCII);
        this.closing = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        this.name = name;
    }

    Scan scan(byte[] head, int length) {
        if (length < opening.length) {
            return startsWith(head, length, opening) ? new NeedMore() : new Absent();
        }
        if (!startsWith(head, length, opening)) {
            return new Absent();
        }
        int headersEnd = indexOf(head, length, HEADERS_END, opening.length);
        if (headersEnd < 0) {
            return new NeedMore();
        }
        String headers = new String(head, opening.length, headersEnd - opening.length, StandardCharsets.UTF_8);
        if (!namesTheField(headers)) {
            return new Absent();
        }
        int valueStart = headersEnd + HEADERS_END.length;
        int valueEnd = indexOf(head, length, closing, valueStart);
        if (valueEnd < 0) {
            return new NeedMore();
        }
        return new Found(new String(head, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8));
    }

    private boolean namesTheField(String headers) {
        for (String header : headers.split("\r\n")) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                return lower.contains("form-data") && header.contains("name=\"" + name + "\"")
                        && !lower.contains("filename");
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        int n = Math.min(length, prefix.length);
        for (int i = 0; i < n; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, int length, byte[] wanted, int from) {
        outer:
        for (int i = from; i <= length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
