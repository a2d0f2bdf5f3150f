package org.casewatch.notify;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.SmtpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class MailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final OutgoingMessage MESSAGE = new OutgoingMessage("alert:vesti:abc:marat@example.org",
            "marat@example.org", "alert", "casewatch: Ерлан Токмурзин in Вести Степи",
            "<p>Ерлан Токмурзин &amp; <mark>суд</mark></p>", "Ерлан Токмурзин & суд");

    private SmtpMailer mailer(int port) {
        return new SmtpMailer(new SmtpSettings("127.0.0.1", port, false, Optional.empty(), Optional.empty()),
                Optional.empty(), "casewatch <casewatch@example.org>", CLOCK);
    }

    @Test
    void smtpDeliversBothPartsInUtf8WithTheRightRecipientAndSubject() throws Exception {
        SendOutcome outcome = mailer(smtp.getSmtp().getPort()).send(MESSAGE);
        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("casewatch: Ерлан Токмурзин in Вести Степи");
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("marat@example.org");
        assertThat(received.getFrom()[0].toString()).isEqualTo("casewatch <casewatch@example.org>");
        assertThat(received.getMessageID()).matches("<casewatch\\.[0-9a-f]{32}@example\\.org>");
        assertThat(received.getHeader("List-Id")[0]).isEqualTo("casewatch alert <alert.casewatch.example.org>");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Ерлан Токмурзин & суд");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Ерлан Токмурзин &amp; <mark>суд</mark></p>");
    }

    @Test
    void aRelayThatIsDownMeansRetryLater() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(mailer(closedPort).send(MESSAGE)).isInstanceOfSatisfying(SendOutcome.RetryLater.class,
                r -> assertThat(r.reason()).contains("127.0.0.1"));
    }

    @Test
    void theDirectoryTransportWritesOneOwnerOnlyEmlPerMessage(@TempDir Path dir) throws Exception {
        DirectoryMailer mailer = new DirectoryMailer(dir.resolve("outbox"), "casewatch <casewatch@example.org>", CLOCK);
        assertThat(mailer.send(MESSAGE)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(mailer.send(MESSAGE)).as("a retried message replaces its file").isInstanceOf(SendOutcome.Sent.class);
        try (var files = Files.list(dir.resolve("outbox"))) {
            Path eml = files.filter(p -> p.toString().endsWith(".eml")).reduce((a, b) -> {
                throw new AssertionError("two files");
            }).orElseThrow();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(eml))).isEqualTo("rw-------");
            try (InputStream in = Files.newInputStream(eml)) {
                MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), in);
                assertThat(parsed.getSubject()).isEqualTo(MESSAGE.subject());
                assertThat(GreenMailUtil.getBody(parsed)).contains("text/html");
            }
        }
    }
}
