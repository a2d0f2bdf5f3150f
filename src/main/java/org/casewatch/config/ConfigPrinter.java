package org.casewatch.config;

import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.HttpSettings;
import org.casewatch.model.MailSettings;
import org.casewatch.model.Person;
import org.casewatch.model.Settings;
import org.casewatch.model.SmtpSettings;
import org.casewatch.model.Source;
import org.casewatch.model.Staff;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the effective configuration (defaults filled in, paths resolved) for {@code config check}.
 * Secrets are never printed: for a password only the variable's name and whether it is set.
 */
public final class ConfigPrinter {

    private final Map<String, String> env;

    public ConfigPrinter(Map<String, String> env) {
        this.env = env;
    }

    public String print(Config config) {
        StringBuilder out = new StringBuilder();
        Settings s = config.settings();
        out.append("# ").append(config.configDir()).append("/casewatch.yaml (effective)\n");
        database(out, s.database());
        line(out, 0, "timezone", s.zone().getId());
        line(out, 0, "feeds", s.feedsDir());
        line(out, 0, "alert_max_age", s.alertMaxAge().map(ConfigPrinter::duration).orElse("off"));
        line(out, 0, "retention", s.retention().map(ConfigPrinter::duration).orElse("off"));
        HttpSettings h = s.http();
        out.append("http:\n");
        line(out, 1, "user_agent", h.userAgent());
        line(out, 1, "connect_timeout", duration(h.connectTimeout()));
        line(out, 1, "read_timeout", duration(h.readTimeout()));
        line(out, 1, "call_timeout", duration(h.callTimeout()));
        line(out, 1, "max_body", h.maxBodyBytes() + " bytes");
        line(out, 1, "max_concurrency", h.maxConcurrency());
        line(out, 1, "per_host_concurrency", h.perHostConcurrency());
        line(out, 1, "per_host_delay", duration(h.perHostDelay()));
        line(out, 1, "max_redirects", h.maxRedirects());
        mail(out, s.mail());
        out.append("schedule:\n");
        line(out, 1, "tick", duration(s.schedule().tick()));
        line(out, 1, "default_interval", duration(s.schedule().defaultInterval()));
        line(out, 1, "jitter", Math.round(s.schedule().jitter() * 100) + "%");
        line(out, 1, "max_backoff", duration(s.schedule().maxBackoff()));
        line(out, 0, "alert_batch_window", duration(s.digests().batchWindow()));
        out.append("digests:\n");
        line(out, 1, "daily_at", s.digests().dailyAt());
        line(out, 1, "per_person", s.digests().perPerson());
        line(out, 1, "send_empty", s.digests().sendEmpty());
        line(out, 1, "silent_after", duration(s.digests().silentAfter()));
        out.append("reminders:\n");
        line(out, 1, "before", s.reminders().offsets().stream().map(ConfigPrinter::duration).toList());
        line(out, 1, "at", s.reminders().at());
        line(out, 1, "follow_up", s.reminders().followUp());
        out.append("web:\n");
        line(out, 1, "listen", s.web().listen().map(Object::toString).orElse("(casewatch run serves no console)"));
        line(out, 1, "base_url", s.web().baseUrl().map(Object::toString).orElse("(http:// and the listen address)"));
        line(out, 1, "metrics_token_env", s.web().metricsTokenEnv().map(name -> name + " (value "
                + (env.containsKey(name) ? "set, redacted" : "NOT SET") + ")").orElse("(none: /metrics answers loopback only)"));
        out.append("\n# watchlist: ").append(config.persons().size()).append(" persons\n");
        for (Person p : config.persons()) {
            out.append("- ").append(p.id()).append(": ").append(String.join(" | ", p.names()));
            if (!p.tags().isEmpty()) {
                out.append("  tags=").append(String.join(",", p.tags()));
            }
            out.append("  ").append(p.visibility().name().toLowerCase(Locale.ROOT));
            if (!p.hearings().isEmpty()) {
                out.append("  hearings=").append(p.hearings().stream().map(known -> known.date() + " " + known.kind().label()).toList());
            }
            out.append('\n');
        }
        out.append("\n# subscribers: ").append(config.staff().size()).append(" staff\n");
        for (Staff st : config.staff()) {
            String follows = st.follows().all() ? "all" : "persons=" + st.follows().personIds() + " tags=" + st.follows().tags();
            out.append("- ").append(st.email()).append(" (").append(st.language()).append(") alerts=")
                    .append(st.alerts().name().toLowerCase(Locale.ROOT)).append(st.reminders() ? "" : " reminders=off")
                    .append(" follows ").append(follows).append('\n');
        }
        out.append("\n# partners: ").append(config.partners().size()).append('\n');
        config.partners().forEach(p -> out.append("- ").append(p.organisation()).append(" ").append(p.emails())
                .append(" weekly ").append(p.day().name().toLowerCase(Locale.ROOT)).append(' ').append(p.time())
                .append('\n'));
        out.append("\n# sources: ").append(config.sources().size()).append('\n');
        for (Source src : config.sources()) {
            out.append("- ").append(src.id()).append(" [").append(src.kind().label()).append(", every ")
                    .append(duration(src.interval())).append(src.enabled() ? "" : ", disabled")
                    .append(src.fetchesArticles() ? ", article text" : "").append("] ").append(src.url()).append('\n');
        }
        out.append('\n');
        return out.toString();
    }

    private void database(StringBuilder out, DatabaseSettings d) {
        if (d instanceof DatabaseSettings.Postgres pg) {
            out.append("database:\n");
            line(out, 1, "url", pg.url());
            line(out, 1, "username", pg.username());
            line(out, 1, "password_env", pg.passwordEnv().map(name -> name + " (value "
                    + (env.containsKey(name) ? "set, redacted" : "NOT SET") + ")").orElse("(none)"));
        } else {
            line(out, 0, "database", ((DatabaseSettings.Sqlite) d).file());
        }
    }

    private void mail(StringBuilder out, MailSettings m) {
        out.append("mail:\n");
        line(out, 1, "from", m.from());
        line(out, 1, "transport", m.transport().name().toLowerCase(Locale.ROOT));
        line(out, 1, "directory", m.directory());
        if (m.smtp().isPresent()) {
            SmtpSettings smtp = m.smtp().get();
            out.append("  smtp:\n");
            line(out, 2, "host", smtp.host());
            line(out, 2, "port", smtp.port());
            line(out, 2, "starttls", smtp.starttls());
            line(out, 2, "username", smtp.username().orElse("(none)"));
            line(out, 2, "password_env", smtp.passwordEnv().map(name -> name + " (value "
                    + (env.containsKey(name) ? "set, redacted" : "NOT SET") + ")").orElse("(none)"));
        }
    }

    private static void line(StringBuilder out, int indent, String key, Object value) {
        out.append("  ".repeat(indent)).append(key).append(": ").append(value).append('\n');
    }

    static String duration(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return "0s";
        }
        if (s % 86400 == 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s % 60 == 0 ? s / 60 + "m" : s + "s";
    }
}
