package cn.baiyun.hte.support.mail;

import java.util.List;

import cn.baiyun.hte.support.mail.TestMailServer.ReceivedMail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's mailbox page: every mail, newest first, its text shown as text. */
class MailboxPageTest {

    @Test
    void listsTheMailsNewestFirstWithTheirTextEscaped() {
        String page = MailboxPage.render(List.of(
                new ReceivedMail(List.of("firm-a@demo.hte.example"), "portal@demo", "第一封", "旧的", "text/plain"),
                new ReceivedMail(List.of("firm-b@demo.hte.example"), "portal@demo", "第二封 <b>", "a < b & c",
                        "text/plain")));

        assertThat(page.indexOf("第二封")).isLessThan(page.indexOf("第一封"));
        assertThat(page).contains("第二封 &lt;b&gt;").contains("a &lt; b &amp; c").contains("To: firm-b@demo.hte.example")
                .doesNotContain("<b>");
    }

    @Test
    void saysSoWhenNothingWasSent() {
        assertThat(MailboxPage.render(List.of())).contains("暂无邮件。No mail yet.");
    }
}
