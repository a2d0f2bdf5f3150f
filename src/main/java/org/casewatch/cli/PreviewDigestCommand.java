package org.casewatch.cli;

import org.casewatch.app.Casewatch;
import org.casewatch.config.Config;
import org.casewatch.model.OutgoingMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code casewatch digest preview}: exactly the digest a subscriber would receive, without sending it. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Prints the digest a staff member or partner (email or organisation) would receive for the"
                + " period ending at the last digest time on or before --date (default: now). Nothing is sent.")
final class PreviewDigestCommand implements Callable<Integer> {

    @ParentCommand
    private DigestCommand group;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SUBSCRIBER", description = "Staff email, partner email or organisation.")
    private String subscriber;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The digest of that day (end of day).")
    private LocalDate date;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the HTML part to FILE.")
    private Path html;

    @Override
    public Integer call() throws IOException {
        Main main = group.main;
        Config config = main.loadConfig();
        Instant at = date == null ? main.environment().clock().instant()
                : date.plusDays(1).atStartOfDay(config.settings().zone()).toInstant().minusMillis(1);
        PrintWriter out = spec.commandLine().getOut();
        try (Casewatch app = Casewatch.open(config, main.environment().clock(), main.environment().variables())) {
            Optional<OutgoingMessage> digest = app.previewDigest(subscriber, at);
            if (digest.isEmpty()) {
                out.println("(nothing to report for this period: no digest would be sent)");
                return ExitCodes.OK;
            }
            out.println("To: " + digest.get().recipient());
            out.println("Subject: " + digest.get().subject());
            out.println();
            out.print(digest.get().text());
            if (html != null) {
                Files.writeString(html, digest.get().html(), StandardCharsets.UTF_8);
            }
            return ExitCodes.OK;
        }
    }
}
