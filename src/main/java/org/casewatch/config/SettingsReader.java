package org.casewatch.config;

import org.casewatch.model.DatabaseSettings;
import org.casewatch.model.DigestSettings;
import org.casewatch.model.HealthSettings;
import org.casewatch.model.HttpSettings;
import org.casewatch.model.MailSettings;
import org.casewatch.model.MailTransport;
import org.casewatch.model.ReminderSettings;
import org.casewatch.model.ScheduleSettings;
import org.casewatch.model.Settings;
import org.casewatch.model.SmtpSettings;
import org.casewatch.model.WebSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code casewatch.yaml}; every field has a default, so an empty mapping is a valid file. */
final class SettingsReader {

    static final String DEFAULT_FROM = "casewatch <casewatch@localhost>";
    private static final Pattern ADDRESS = Pattern.compile("(?:[^<>]*<)?[^@\\s<>]+@[^@\\s<>]+>?");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path home;
    private final Map<String, String> env;
    private final Problems problems;

    SettingsReader(Path home, Map<String, String> env, Problems problems) {
        this.home = home;
        this.env = env;
        this.problems = problems;
    }

    Settings read(Fields f) {
        DatabaseSettings database = new DatabaseSettingsReader(home, env, problems).read(f);
        ZoneId zone = f.zone("timezone").orElse(ZoneId.of("UTC"));
        Path feeds = home.resolve(f.string("feeds").orElse("feeds"));
        Optional<Duration> alertMaxAge = f.durationOrOff("alert_max_age", Duration.ofHours(1), Duration.ofDays(14));
        // Longer than the story window (14 days), any digest period and health's silence check.
        Optional<Duration> retention = f.durationOrOff("retention", Duration.ofDays(30), Duration.ofDays(180));
        HttpSettings http = section(f, "http").map(this::http).orElseGet(() -> http(null));
        MailSettings mail = section(f, "mail").map(this::mail).orElseGet(() -> mail(null));
        ScheduleSettings schedule = section(f, "schedule").map(this::schedule).orElseGet(() -> schedule(null));
        ReminderSettings reminders = section(f, "reminders").map(this::reminders).orElseGet(ReminderSettings::defaults);
        Duration window = f.durationOrOff("alert_batch_window", Duration.ZERO, DigestSettings.defaults().batchWindow())
                .orElse(Duration.ZERO);
        DigestSettings digests = section(f, "digests").map(d -> digests(d, window))
                .orElseGet(() -> withWindow(DigestSettings.defaults(), window));
        HealthSettings health = section(f, "health").map(this::health).orElseGet(HealthSettings::defaults);
        WebSettings web = section(f, "web").map(w -> new WebSettingsReader(env).read(w)).orElseGet(WebSettings::defaults);
        f.finish();
        return new Settings(database, zone, feeds, alertMaxAge, retention, http, mail, schedule, reminders, digests,
                health, web);
    }

    private Optional<Fields> section(Fields f, String key) {
        return f.node(key).flatMap(node -> Fields.of(f.file(), f.field(key), node, problems));
    }


    private HttpSettings http(Fields f) {
        if (f == null) {
            return new HttpSettings(userAgent(), Duration.ofSeconds(10), Duration.ofSeconds(30),
                    Duration.ofSeconds(60), 5L * 1024 * 1024, 8, 2, Duration.ofSeconds(1), 5);
        }
        Duration second = Duration.ofSeconds(1);
        HttpSettings s = new HttpSettings(
                f.string("user_agent").orElse(userAgent()),
                f.duration("connect_timeout", second).orElse(Duration.ofSeconds(10)),
                f.duration("read_timeout", second).orElse(Duration.ofSeconds(30)),
                f.duration("call_timeout", second).orElse(Duration.ofSeconds(60)),
                f.size("max_body").orElse(5L * 1024 * 1024),
                f.integer("max_concurrency", 1, 256).orElse(8),
                f.integer("per_host_concurrency", 1, 64).orElse(2),
                f.duration("per_host_delay", Duration.ZERO).orElse(Duration.ofSeconds(1)),
                f.integer("max_redirects", 0, 20).orElse(5));
        f.finish();
        return s;
    }

    private static String userAgent() {
        return "casewatch/0.1 (+https://github.com/casewatch/casewatch)";
    }

    private MailSettings mail(Fields f) {
        if (f == null) {
            return new MailSettings(DEFAULT_FROM, MailTransport.DIRECTORY, home.resolve("var/outbox"),
                    Optional.empty());
        }
        String from = f.string("from").orElse(DEFAULT_FROM);
        if (!ADDRESS.matcher(from).matches()) {
            f.problem("from", "'" + from + "' is not an email address", "write e.g. casewatch <alerts@example.org>");
        }
        MailTransport transport = f.choice("transport", List.of("directory", "smtp"))
                .map(t -> t.equals("smtp") ? MailTransport.SMTP : MailTransport.DIRECTORY)
                .orElse(MailTransport.DIRECTORY);
        Path directory = home.resolve(f.string("directory").orElse("var/outbox"));
        Optional<SmtpSettings> smtp = section(f, "smtp").map(this::smtp);
        if (transport == MailTransport.SMTP && smtp.isEmpty()) {
            f.problem("smtp", "transport is smtp but there is no smtp section",
                    "add smtp: with host, port, starttls, username, password_env");
        }
        f.finish();
        return new MailSettings(from, transport, directory, smtp);
    }

    private SmtpSettings smtp(Fields f) {
        Optional<String> host = f.required("host", "give the relay's host name, e.g. smtp.example.org");
        int port = f.integer("port", 1, 65535).orElse(587);
        boolean starttls = f.bool("starttls").orElse(true);
        Optional<String> username = f.string("username");
        Optional<String> passwordEnv = f.string("password_env");
        passwordEnv.filter(name -> !ENV_NAME.matcher(name).matches()).ifPresent(name -> f.problem("password_env",
                "'" + name + "' is not an environment variable name", "write a name like CASEWATCH_SMTP_PASSWORD"));
        if (f.node("password").isPresent()) {
            f.problem("password", "passwords are never written in configuration files",
                    "remove it, set password_env: CASEWATCH_SMTP_PASSWORD and export that variable");
        }
        if (username.isPresent() && passwordEnv.isEmpty()) {
            f.problem("password_env", "username is set but password_env is not",
                    "name the environment variable that holds the password");
        }
        passwordEnv.filter(name -> ENV_NAME.matcher(name).matches() && username.isPresent() && !env.containsKey(name))
                .ifPresent(name -> f.problem("password_env", "environment variable " + name + " is not set",
                        "export " + name + " before starting casewatch (see README, Operations)"));
        f.finish();
        return new SmtpSettings(host.orElse(""), port, starttls, username, passwordEnv);
    }

    private HealthSettings health(Fields f) {
        HealthSettings defaults = HealthSettings.defaults();
        Optional<String> operator = f.string("operator");
        operator.filter(a -> !ADDRESS.matcher(a).matches()).ifPresent(a -> f.problem("operator",
                "'" + a + "' is not an email address", "write e.g. ops@example.org"));
        HealthSettings h = new HealthSettings(operator, f.integer("after_failures", 1, 1000).orElse(defaults.afterFailures()),
                f.duration("silent_after", Duration.ofHours(1)).orElse(defaults.silentAfter()));
        f.finish();
        return h;
    }

    private static DigestSettings withWindow(DigestSettings d, Duration window) {
        return new DigestSettings(window, d.dailyAt(), d.perPerson(), d.sendEmpty(), d.silentAfter());
    }

    private DigestSettings digests(Fields f, Duration window) {
        DigestSettings defaults = DigestSettings.defaults();
        LocalTime at = f.timeOfDay("daily_at").orElse(defaults.dailyAt());
        DigestSettings d = new DigestSettings(window, at, f.integer("per_person", 1, 100).orElse(defaults.perPerson()),
                f.bool("send_empty").orElse(defaults.sendEmpty()),
                f.duration("silent_after", Duration.ofHours(1)).orElse(defaults.silentAfter()));
        f.finish();
        return d;
    }

    private ReminderSettings reminders(Fields f) {
        ReminderSettings defaults = ReminderSettings.defaults();
        List<Duration> offsets = new java.util.ArrayList<>();
        for (String text : f.strings("before")) {
            Fields.parseDuration(text).filter(d -> !d.isZero()).ifPresentOrElse(offsets::add, () -> f.problem("before",
                    "'" + text + "' is not a duration", "write e.g. [7d, 1d]"));
        }
        LocalTime at = f.timeOfDay("at").orElse(defaults.at());
        boolean followUp = f.bool("follow_up").orElse(true);
        f.finish();
        return new ReminderSettings(offsets.isEmpty() ? defaults.offsets() : offsets, at, followUp);
    }

    private ScheduleSettings schedule(Fields f) {
        if (f == null) {
            return new ScheduleSettings(Duration.ofMinutes(1), Duration.ofMinutes(30), 0.1, Duration.ofHours(6));
        }
        ScheduleSettings s = new ScheduleSettings(
                f.duration("tick", Duration.ofSeconds(5)).orElse(Duration.ofMinutes(1)),
                f.duration("default_interval", Duration.ofMinutes(1)).orElse(Duration.ofMinutes(30)),
                f.fraction("jitter", 0.5).orElse(0.1),
                f.duration("max_backoff", Duration.ofMinutes(1)).orElse(Duration.ofHours(6)));
        f.finish();
        return s;
    }
}
