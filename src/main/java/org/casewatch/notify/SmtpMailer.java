package org.casewatch.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import org.casewatch.model.OutgoingMessage;
import org.casewatch.model.SmtpSettings;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Sends through an SMTP relay with Jakarta Mail: STARTTLS required when configured, authentication when a
 * username is set (the password is passed in, read from the environment by the caller). A 5xx reply for
 * the message or recipient is a rejection; everything else is worth retrying.
 */
public final class SmtpMailer implements Mailer {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SmtpSettings settings;
    private final Optional<String> password;
    private final MimeMessages mime;
    private final Session session;

    public SmtpMailer(SmtpSettings settings, Optional<String> password, String from, Clock clock) {
        this.settings = settings;
        this.password = password;
        this.mime = new MimeMessages(from, clock);
        this.session = Session.getInstance(properties(settings));
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.auth", String.valueOf(s.username().isPresent()));
        p.put("mail.smtp.starttls.enable", String.valueOf(s.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(s.starttls()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        return p;
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        try {
            var built = mime.build(session, message);
            if (settings.username().isPresent()) {
                Transport.send(built, settings.username().get(), password.orElse(""));
            } else {
                Transport.send(built);
            }
            return new SendOutcome.Sent(destination());
        } catch (AuthenticationFailedException e) {
            return new SendOutcome.RetryLater("SMTP authentication failed for " + settings.username().orElse("")
                    + " (check the password environment variable)");
        } catch (SendFailedException e) {
            return classify(e);
        } catch (MessagingException e) {
            return new SendOutcome.RetryLater("SMTP " + destination() + ": " + describe(e));
        }
    }

    /** Permanent (5xx) replies to the recipient or the message end retries; transient ones do not. */
    private SendOutcome classify(SendFailedException e) {
        for (Exception next = e; next != null; next = nextOf(next)) {
            if (next instanceof SMTPAddressFailedException a && a.getReturnCode() >= 500) {
                return new SendOutcome.Rejected("recipient refused: " + a.getReturnCode() + " " + firstLine(a.getMessage()));
            }
            if (next instanceof SMTPSendFailedException s && s.getReturnCode() >= 500) {
                return new SendOutcome.Rejected("message refused: " + s.getReturnCode() + " " + firstLine(s.getMessage()));
            }
        }
        if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0 && e.getValidSentAddresses() == null) {
            return new SendOutcome.Rejected("invalid recipient: " + describe(e));
        }
        return new SendOutcome.RetryLater("SMTP " + destination() + ": " + describe(e));
    }

    private static Exception nextOf(Exception e) {
        return e instanceof MessagingException m ? m.getNextException() : null;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return firstLine(message);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("").strip();
    }

    @Override
    public String destination() {
        return "smtp://" + settings.host() + ":" + settings.port();
    }
}
