package org.casewatch.cli;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped offline demo, run from a copy of the repository's demo files as a newcomer would. */
class DemoTest {

    @TempDir
    Path home;

    @Test
    void theDemoAlertsTheFollowersOfTheFictionalPersonsOnceAndOnlyOnce() throws Exception {
        for (String dir : List.of("config/demo", "feeds/demo", "feeds/samples")) {
            copy(Path.of(dir), home.resolve(dir));
        }
        Cli first = Cli.run("--home", home.toString(), "demo");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("sources  4 polled, 0 failed", "6 new alerts", "emails   2 queued, 2 delivered");
        assertThat(emails()).containsExactlyInAnyOrder(
                "aliya.case-officer@example.org | casewatch: Aidos Temirkhanov in 2 new items",
                "marat.land-desk@example.org | casewatch: Yerlan Tokmurzin, Zhanar Kenzhetayeva — новых материалов: 4");

        Cli second = Cli.run("--home", home.toString(), "demo");
        assertThat(second.out()).contains("items    0 new", "emails   0 queued, 0 delivered");
        assertThat(emails()).hasSize(2);
    }

    private List<String> emails() throws IOException {
        try (Stream<Path> files = Files.list(home.resolve("var/demo/outbox"))) {
            return files.filter(p -> p.toString().endsWith(".eml")).map(DemoTest::summary).toList();
        }
    }

    private static String summary(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            return m.getRecipients(Message.RecipientType.TO)[0] + " | " + m.getSubject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path source : tree.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
