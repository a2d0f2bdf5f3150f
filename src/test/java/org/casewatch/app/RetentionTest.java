package org.casewatch.app;

import org.casewatch.MutableClock;
import org.casewatch.TestFiles;
import org.casewatch.config.Config;
import org.casewatch.config.ConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The daemon forgets the text of old items once the retention has passed, and keeps the rest. */
class RetentionTest {

    @TempDir
    Path home;

    @Test
    void aMonthAfterItWasSeenAnItemKeepsItsTitleButNotItsText() throws Exception {
        TestFiles.write(home, "config/casewatch.yaml", "database: var/r.db\nretention: 30d\nalert_max_age: off\n"
                + "alert_batch_window: off\n");
        TestFiles.write(home, "config/watchlist.yaml", "- name: Aidos Temirkhanov\n");
        TestFiles.write(home, "config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        TestFiles.write(home, "feeds/herald.yaml", "type: feed\nurl: file:feeds/herald.xml\ninterval: 1h\n");
        TestFiles.write(home, "feeds/herald.xml", "<rss version=\"2.0\"><channel><title>Herald</title>"
                + "<link>https://h.example/</link><description>x</description><item><title>Appeal date set</title>"
                + "<guid>h1</guid><description>Aidos Temirkhanov will appear before the appeals court.</description>"
                + "</item></channel></rss>");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T05:00:00Z"));
        Config config = new ConfigLoader(home, Map.of()).load(Path.of("config"));

        try (Casewatch app = Casewatch.open(config, clock, Map.of())) {
            assertThat(app.tick().newItems()).isEqualTo(1);
            clock.advance(Duration.ofDays(29));
            app.tick();
            assertThat(body()).as("within the retention").contains("appeals court");
            clock.advance(Duration.ofDays(2));
            app.tick();
        }

        assertThat(body()).isEmpty();
        assertThat(column("SELECT title FROM item")).isEqualTo("Appeal date set");
        assertThat(column("SELECT text FROM outbox")).as("the alert that was sent").isEmpty();
    }

    private String body() throws Exception {
        return column("SELECT body FROM item");
    }

    private String column(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("var/r.db"));
             var st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            return rs.getString(1);
        }
    }
}
