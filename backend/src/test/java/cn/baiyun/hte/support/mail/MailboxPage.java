package cn.baiyun.hte.support.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import cn.baiyun.hte.support.mail.TestMailServer.ReceivedMail;

/**
 * The local run's inbox in a browser: one plain page on loopback listing every mail the local mail server
 * received, newest first, so that a person trying the demo sees what the portal mailed without a mail client.
 * Local run only (test sources); nothing of it is in the portal.
 */
public final class MailboxPage implements AutoCloseable {

    private final HttpServer server;

    private MailboxPage(HttpServer server) {
        this.server = server;
    }

    public static MailboxPage serve(TestMailServer mail, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", exchange -> {
                byte[] page = render(mail.received()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            server.start();
            return new MailboxPage(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String render(List<ReceivedMail> received) {
        List<ReceivedMail> newestFirst = new ArrayList<>(received);
        Collections.reverse(newestFirst);
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>本地邮箱 · Local mailbox</title>
                <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem}
                article{border-bottom:1px solid #b1b4b6;padding:.5rem 0}pre{white-space:pre-wrap}</style></head><body>
                <h1>本地邮箱 · Local mailbox</h1>
                <p>门户在本地运行时发出的全部邮件（最新的在前）。Every mail the locally run portal sent, newest first.
                Reload to see new ones.</p>
                """);
        if (newestFirst.isEmpty()) {
            html.append("<p>暂无邮件。No mail yet.</p>");
        }
        for (ReceivedMail mail : newestFirst) {
            html.append("<article><h2>").append(escape(mail.subject())).append("</h2><p>To: ")
                    .append(escape(String.join(", ", mail.to()))).append("<br>From: ").append(escape(mail.from()))
                    .append("</p><pre>").append(escape(mail.text())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
