package org.casewatch.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.casewatch.model.OutgoingMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Properties;

/**
 * Writes each message as an {@code .eml} file that any mail client opens. The file name comes from the
 * message key and the file appears atomically, so a retried message replaces itself instead of doubling.
 */
public final class DirectoryMailer implements Mailer {

    private final Path directory;
    private final MimeMessages mime;
    private final Session session = Session.getInstance(new Properties());

    public DirectoryMailer(Path directory, String from, Clock clock) {
        this.directory = directory;
        this.mime = new MimeMessages(from, clock);
    }

    @Override
    public SendOutcome send(OutgoingMessage message) {
        Path target = directory.resolve(message.kind().replaceAll("[^a-z0-9-]", "") + "-" + KeyHash.of(message.key(), 8) + ".eml");
        Path temp = directory.resolve("." + target.getFileName() + ".tmp");
        try {
            createDirectory();
            MimeMessage built = mime.build(session, message);
            try (OutputStream out = Files.newOutputStream(temp)) {
                built.writeTo(out);
            }
            ownerOnly(temp, "rw-------");
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new SendOutcome.Sent(target.toString());
        } catch (MessagingException e) {
            return new SendOutcome.Rejected("cannot build message: " + e.getMessage());
        } catch (IOException e) {
            return new SendOutcome.RetryLater("cannot write " + target + ": " + e.getMessage());
        }
    }

    @Override
    public String destination() {
        return directory.toString();
    }

    private void createDirectory() throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
            ownerOnly(directory, "rwx------");
        }
    }

    private static void ownerOnly(Path path, String mode) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }

}
