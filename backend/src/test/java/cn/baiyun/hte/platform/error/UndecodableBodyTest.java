package cn.baiyun.hte.platform.error;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.baiyun.hte.platform.fuzz.PortalServerTest;
import cn.baiyun.hte.platform.fuzz.ServerTokens;
import cn.baiyun.hte.support.Principals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose head reads well and whose body does not: Reactor Netty answers 400 on its own while the
 * handler still waits for the body. The handler's failure must then be no ERROR in the log ("Status and headers
 * already sent"), also once the read timeout (3 s here) has passed.
 */
@PortalServerTest
@ExtendWith(OutputCaptureExtension.class)
class UndecodableBodyTest {

    @LocalServerPort
    int port;

    @Test
    void aBodyTheDecoderCannotReadIs400AndNoErrorInTheLog(CapturedOutput output) throws Exception {
        String head = "POST /api/v1/claims HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + ServerTokens.of(Principals.firmUser("undecodable")) + "\r\nContent-Type: application/json\r\n";

        assertThat(firstLine(head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\nzz\r\n")).startsWith("HTTP/1.1 400 ");
        assertThat(firstLine(head + "Content-Length: abc\r\n\r\n{}")).startsWith("HTTP/1.1 400 ");
        Thread.sleep(4000);

        assertThat(output.toString()).doesNotContain(" ERROR ", "already sent");
    }

    private String firstLine(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            byte[] answer = socket.getInputStream().readNBytes(16);
            return new String(answer, StandardCharsets.US_ASCII);
        }
    }
}
