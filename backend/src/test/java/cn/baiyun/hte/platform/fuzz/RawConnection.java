package cn.baiyun.hte.platform.fuzz;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 connection spoken byte by byte, so that a test can send what no well-behaved client sends
 * (pipelined requests, lying lengths, broken chunks) and notice when an answer never comes: every read
 * gives up after the timeout with a {@link java.net.SocketTimeoutException}.
 */
final class RawConnection implements Closeable {

    private static final int MAX_HEAD = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(int port, Duration timeout) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) timeout.toMillis());
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    /** Sends the bytes as they are; a request may be split over several sends or several requests in one. */
    RawConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    RawConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Stops sending (the server sees the end of the stream) while the answers can still be read. */
    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    /**
     * The next final answer (interim 1xx answers are skipped and counted in {@link Response#interim()}).
     *
     * @throws java.net.SocketTimeoutException when no answer came in time: the hang these tests look for
     * @throws EOFException                     when the server closed the connection before answering
     */
    Response read() throws IOException {
        return read(false);
    }

    /** The next final answer to a HEAD request, which has headers only, whatever length they announce. */
    Response readHeadAnswer() throws IOException {
        return read(true);
    }

    private Response read(boolean headersOnly) throws IOException {
        int interim = 0;
        while (true) {
            String head = readHead();
            String[] lines = head.split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            int status = Integer.parseInt(statusLine[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
            }
            if (status < 200) {
                interim++;
                continue;
            }
            return new Response(status, headers, headersOnly ? new byte[0] : readBody(status, headers), interim);
        }
    }

    /** Whether the server has closed its side: a read gives the end of the stream (waits up to the timeout). */
    boolean closedByServer() throws IOException {
        return in.read() == -1;
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new EOFException("Connection closed by the server" + (head.size() > 0 ? " mid-answer" : ""));
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (head.size() > MAX_HEAD) {
                throw new IOException("Answer head longer than " + MAX_HEAD + " bytes");
            }
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
    }

    private byte[] readBody(int status, Map<String, String> headers) throws IOException {
        if (status == 204 || status == 304) {
            return new byte[0];
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = readLine();
                int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
                if (size == 0) {
                    while (!readLine().isEmpty()) {
                        // trailers, none expected
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(size));
                readLine();
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            int size = Integer.parseInt(length);
            byte[] body = in.readNBytes(size);
            if (body.length < size) {
                throw new EOFException("Connection closed mid-body");
            }
            return body;
        }
        return in.readAllBytes();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b == -1) {
                throw new EOFException("Connection closed mid-body");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A final answer: its status, headers (names in lower case) and body. */
    record Response(int status, Map<String, String> headers, byte[] body, int interim) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Whether the server said it closes the connection after this answer. */
        boolean closes() {
            return "close".equalsIgnoreCase(header("connection"));
        }
    }
}
