package cn.baiyun.hte.support.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on loopback, as the tests and the local run use it: the portal sends to it
 * through its ordinary SMTP settings, and the mails it received are read back here. It can be stopped and
 * started again on the same port, to play a mail server that is down for a while.
 */
public final class TestMailServer implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final GreenMail greenMail;
    private final int smtpPort;

    private TestMailServer(int smtpPort, ServerSetup... setups) {
        this.smtpPort = smtpPort;
        this.greenMail = new GreenMail(setups);
        greenMail.start();
    }

    /** SMTP on a free loopback port. */
    public static TestMailServer started() {
        int port = freePort();
        return new TestMailServer(port, new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
    }

    /** SMTP and IMAP on the given loopback ports, for a person to read the mails with a mail client. */
    public static TestMailServer startedWithImap(int smtpPort, int imapPort) {
        return new TestMailServer(smtpPort, new ServerSetup(smtpPort, LOOPBACK, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, LOOPBACK, ServerSetup.PROTOCOL_IMAP));
    }

    public String host() {
        return LOOPBACK;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** A mailbox readable over IMAP with this login and password (mails to the address land there). */
    public void mailbox(String address, String login, String password) {
        greenMail.setUser(address, login, password);
    }

    /** Plays an SMTP server that is down: connections are refused until {@link #start()}. */
    public void stop() {
        greenMail.stop();
    }

    /** Starts the server again after {@link #stop()}; nothing when it runs. */
    public void start() {
        if (!greenMail.isRunning()) {
            greenMail.start();
        }
    }

    /** Every mail received so far, oldest first. */
    public List<ReceivedMail> received() {
        return Arrays.stream(greenMail.getReceivedMessages()).map(TestMailServer::read).toList();
    }

    /** The mails received for one address. */
    public List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** Forgets every mail received (the mailboxes stay). */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Could not empty the test mail server", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
            return new ReceivedMail(to, message.getFrom()[0].toString(), message.getSubject(),
                    String.valueOf(message.getContent()), message.getContentType());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Could not read a received mail", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail as its reader sees it: recipients, sender, subject, the text and its content type. */
    public record ReceivedMail(List<String> to, String from, String subject, String text, String contentType) {
    }
}
