package org.casewatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.casewatch.model.OutgoingMessage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Builds the MIME form of a message: multipart/alternative with UTF-8 plain-text and HTML parts, an
 * encoded UTF-8 subject, and a Message-ID derived from the message key, so a resent copy is recognisable.
 */
final class MimeMessages {

    private final InternetAddress from;
    private final Clock clock;

    MimeMessages(String from, Clock clock) {
        try {
            this.from = new InternetAddress(from, true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException("mail.from '" + from + "' is not an address: " + e.getMessage(), e);
        }
        this.clock = clock;
    }

    MimeMessage build(Session session, OutgoingMessage m) throws MessagingException {
        String messageId = "<casewatch." + KeyHash.of(m.key(), 16) + "@" + domain() + ">";
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom(from);
        mime.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(HeaderText.clean(m.recipient()), true));
        mime.setSubject(HeaderText.clean(m.subject()), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        mime.setHeader("Auto-Submitted", "auto-generated");
        // One list per kind, so mail clients can filter alerts, reminders and digests (RFC 2919).
        mime.setHeader("List-Id", "casewatch " + HeaderText.clean(m.kind()) + " <" + HeaderText.clean(m.kind())
                .replaceAll("[^a-z0-9-]", "") + ".casewatch." + domain() + ">");
        mime.setHeader("X-Casewatch-Kind", HeaderText.clean(m.kind()));
        MimeBodyPart text = new MimeBodyPart();
        text.setText(m.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(m.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (m.calendar().isPresent()) {
            // The event travels as an attachment beside the readable parts (RFC 6047 style, METHOD-less publish).
            MimeBodyPart readable = new MimeBodyPart();
            readable.setContent(alternative);
            MimeBodyPart event = new MimeBodyPart();
            event.setContent(m.calendar().get(), "text/calendar; charset=UTF-8");
            event.setFileName("hearing.ics");
            event.setDisposition(jakarta.mail.Part.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(readable);
            mixed.addBodyPart(event);
            mime.setContent(mixed);
        } else {
            mime.setContent(alternative);
        }
        mime.saveChanges();
        return mime;
    }

    private String domain() {
        String address = from.getAddress();
        return address.substring(address.indexOf('@') + 1);
    }

}
