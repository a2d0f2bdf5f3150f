package org.casewatch.config;

import org.casewatch.model.WebSettings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code web:} section of {@code casewatch.yaml}: where the staff console listens and how it is reached. */
public final class WebSettingsReader {

    private static final Pattern LISTEN = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> env;

    WebSettingsReader(Map<String, String> env) {
        this.env = env;
    }

    WebSettings read(Fields f) {
        Optional<WebSettings.Listen> listen = f.string("listen").flatMap(text -> {
            Optional<WebSettings.Listen> parsed = parseListen(text);
            if (parsed.isEmpty()) {
                f.problem("listen", "'" + text + "' is not HOST:PORT", "write e.g. 127.0.0.1:8080");
            }
            return parsed;
        });
        Optional<URI> baseUrl = f.string("base_url").flatMap(text -> {
            Optional<URI> parsed = parseBaseUrl(text);
            if (parsed.isEmpty()) {
                f.problem("base_url", "'" + text + "' is not an http(s) address of a whole host (no path, query or "
                        + "fragment)", "write the address people open, e.g. https://casewatch.example.org");
            }
            return parsed;
        });
        if (listen.isPresent() && !isLoopback(listen.get().host()) && baseUrl.isEmpty() && f.node("base_url").isEmpty()) {
            f.problem("base_url", "is missing while listen is " + listen.get() + ", not a loopback address",
                    "give the address people open, so sign-in links in emails lead there");
        }
        if (f.node("metrics_token").isPresent()) {
            f.problem("metrics_token", "tokens are never written in configuration files",
                    "remove it, set metrics_token_env: CASEWATCH_METRICS_TOKEN and export that variable");
        }
        Optional<String> tokenEnv = f.string("metrics_token_env");
        tokenEnv.filter(name -> !ENV_NAME.matcher(name).matches()).ifPresent(name -> f.problem("metrics_token_env",
                "'" + name + "' is not an environment variable name", "write a name like CASEWATCH_METRICS_TOKEN"));
        tokenEnv.filter(name -> ENV_NAME.matcher(name).matches() && !env.containsKey(name)).ifPresent(name ->
                f.problem("metrics_token_env", "environment variable " + name + " is not set",
                        "export " + name + " (a long random value) before starting casewatch"));
        f.finish();
        return new WebSettings(listen, baseUrl, tokenEnv);
    }

    /** HOST:PORT, with IPv6 hosts in brackets; port 0 picks a free port. */
    public static Optional<WebSettings.Listen> parseListen(String text) {
        Matcher m = LISTEN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(m.group(2));
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return port > 65535 ? Optional.empty() : Optional.of(new WebSettings.Listen(host, port));
    }

    static Optional<URI> parseBaseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            // The console's pages live at the root of their host: a proxy may not move them under a path.
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            if (!path.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new URI(scheme, null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null,
                    null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
