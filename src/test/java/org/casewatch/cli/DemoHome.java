package org.casewatch.cli;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A copy of the repository's offline demo (config/demo, feeds/demo, feeds/samples) in a test's temporary
 * home, as a newcomer would have it, and the emails its cycles leave in var/demo/outbox.
 */
final class DemoHome {

    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final Path home;

    DemoHome(Path home) {
        this.home = home;
        for (String dir : List.of("config/demo", "feeds/demo", "feeds/samples")) {
            copy(Path.of(dir), home.resolve(dir));
        }
    }

    /** {@code casewatch demo}, which runs at its own fixed moment whatever the clock says. */
    Cli demo(Clock clock) {
        return Cli.run(clock, "--home", home.toString(), "demo");
    }

    /** One cycle of the demo profile at a local time of the demo's zone, as the daemon would run it that day. */
    Cli cycleAt(String localDateTime) {
        Clock clock = Clock.fixed(LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant(), ZONE);
        return Cli.run(clock, "--home", home.toString(), "--config", "config/demo", "run", "--once");
    }

    /** "recipient | subject" of every email written so far, sorted. */
    List<String> emails() {
        Path outbox = home.resolve("var/demo/outbox");
        if (!Files.isDirectory(outbox)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(p -> p.toString().endsWith(".eml")).map(DemoHome::read)
                    .map(m -> recipient(m) + " | " + subject(m)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MimeMessage read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
