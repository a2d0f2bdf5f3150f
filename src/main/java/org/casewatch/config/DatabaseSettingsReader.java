package org.casewatch.config;

import org.casewatch.model.DatabaseSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the {@code database:} field of {@code casewatch.yaml}: a path is the SQLite file (the default, one machine);
 * a mapping of {@code url}, {@code username} and {@code password_env} is a PostgreSQL database that several nodes
 * share. The password comes only from the environment, never from the file or the address.
 */
final class DatabaseSettingsReader {

    static final String DEFAULT_FILE = "var/casewatch.db";
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String URL_FIX = "write e.g. postgresql://db.example.org:5432/casewatch";

    private final Path home;
    private final Map<String, String> env;
    private final Problems problems;

    DatabaseSettingsReader(Path home, Map<String, String> env, Problems problems) {
        this.home = home;
        this.env = env;
        this.problems = problems;
    }

    DatabaseSettings read(Fields f) {
        Optional<YamlNode> node = f.node("database");
        if (node.isPresent() && node.get() instanceof YamlNode.Mapping) {
            return Fields.of(f.file(), f.field("database"), node.get(), problems).map(this::postgres)
                    .orElseGet(() -> sqlite(DEFAULT_FILE));
        }
        return sqlite(f.string("database").orElse(DEFAULT_FILE));
    }

    private DatabaseSettings sqlite(String path) {
        return new DatabaseSettings.Sqlite(home.resolve(path));
    }

    private DatabaseSettings postgres(Fields f) {
        Optional<String> url = f.required("url", URL_FIX);
        Optional<String> jdbcUrl = url.flatMap(u -> jdbcUrl(f, u));
        Optional<String> username = f.required("username", "give the database user casewatch signs in as, e.g. "
                + "casewatch");
        if (f.node("password").isPresent()) {
            f.problem("password", "passwords are never written in configuration files",
                    "remove it, set password_env: CASEWATCH_DB_PASSWORD and export that variable");
        }
        Optional<String> passwordEnv = f.string("password_env");
        passwordEnv.filter(name -> !ENV_NAME.matcher(name).matches()).ifPresent(name -> f.problem("password_env",
                "'" + name + "' is not an environment variable name", "write a name like CASEWATCH_DB_PASSWORD"));
        passwordEnv.filter(name -> ENV_NAME.matcher(name).matches() && !env.containsKey(name))
                .ifPresent(name -> f.problem("password_env", "environment variable " + name + " is not set",
                        "export " + name + " before starting casewatch (see README, Two or three nodes)"));
        f.finish();
        return new DatabaseSettings.Postgres(url.orElse(""), jdbcUrl.orElse(""), username.orElse(""), passwordEnv);
    }

    /** {@code postgresql://host[:port]/name[?options]} as the JDBC driver takes it; empty (and a problem) if wrong. */
    private static Optional<String> jdbcUrl(Fields f, String text) {
        String address = text.startsWith("jdbc:") ? text.substring("jdbc:".length()) : text;
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
                f.problem("url", "'" + text + "' is not a postgresql:// address", URL_FIX);
                return Optional.empty();
            }
            if (uri.getRawUserInfo() != null || lower(uri.getRawQuery()).contains("password=")
                    || lower(uri.getRawQuery()).contains("user=")) {
                f.problem("url", "the address carries a user or password",
                        "remove it from the address: give username: and password_env: instead");
                return Optional.empty();
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (uri.getHost() == null || path.length() < 2 || path.indexOf('/', 1) >= 0 || uri.getRawFragment() != null) {
                f.problem("url", "'" + text + "' needs a host and a database name, nothing more", URL_FIX);
                return Optional.empty();
            }
            return Optional.of("jdbc:postgresql://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            f.problem("url", "'" + text + "' is not an address", URL_FIX);
            return Optional.empty();
        }
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
