package org.casewatch.config;

import org.casewatch.TestFiles;
import org.casewatch.model.WebSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code web:} section of casewatch.yaml: defaults, good values, and every mistake named with its line and fix. */
class WebSettingsTest {

    @TempDir
    Path home;

    @BeforeEach
    void minimalHome() {
        TestFiles.write(home, "config/watchlist.yaml", "persons:\n  - name: Aidos Temirkhanov\n");
        TestFiles.write(home, "config/subscribers.yaml", "staff:\n  - email: aliya@example.org\n    follows: all\n");
        TestFiles.write(home, "feeds/herald.yaml", "type: feed\nurl: https://herald.example/rss\n");
    }

    private WebSettings load(String yaml, Map<String, String> env) {
        TestFiles.write(home, "config/casewatch.yaml", yaml);
        return new ConfigLoader(home, env).load(Path.of("config")).settings().web();
    }

    private List<String> problems(String yaml) {
        try {
            load(yaml, Map.of());
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration loaded without problems");
    }

    @Test
    void withoutAWebSectionRunServesNoConsole() {
        WebSettings web = load("timezone: UTC\n", Map.of());
        assertThat(web.listen()).isEmpty();
        assertThat(web.baseUrl()).isEmpty();
        assertThat(web.metricsTokenEnv()).isEmpty();
    }

    @Test
    void listenBaseUrlAndTokenVariableAreRead() {
        WebSettings web = load("web:\n  listen: 0.0.0.0:8443\n  base_url: https://Casewatch.Example.org/\n"
                + "  metrics_token_env: CASEWATCH_METRICS_TOKEN\n", Map.of("CASEWATCH_METRICS_TOKEN", "s3cret"));
        assertThat(web.listen()).contains(new WebSettings.Listen("0.0.0.0", 8443));
        assertThat(web.baseUrl()).contains(URI.create("https://casewatch.example.org"));
        assertThat(web.metricsTokenEnv()).contains("CASEWATCH_METRICS_TOKEN");
        assertThat(load("web:\n  listen: \"[::1]:8080\"\n", Map.of()).listen())
                .contains(new WebSettings.Listen("::1", 8080));
    }

    @Test
    void mistakesAreNamedWithFileLineFieldAndFix() {
        assertThat(problems("web:\n  listen: localhost\n")).containsExactly(
                "config/casewatch.yaml:2: web.listen: 'localhost' is not HOST:PORT (write e.g. 127.0.0.1:8080)");
        assertThat(problems("web:\n  listen: 127.0.0.1:8080\n  base_url: ftp://x.example\n")).containsExactly(
                "config/casewatch.yaml:3: web.base_url: 'ftp://x.example' is not an http(s) address of a whole host (no "
                        + "path, query or fragment) (write the address people open, e.g. https://casewatch.example.org)");
        assertThat(problems("web:\n  base_url: https://ngo.example/casewatch\n")).singleElement()
                .asString().contains("web.base_url", "no path");
        assertThat(problems("web:\n  listen: 0.0.0.0:8080\n")).containsExactly(
                "config/casewatch.yaml:2: web.base_url: is missing while listen is 0.0.0.0:8080, not a loopback address"
                        + " (give the address people open, so sign-in links in emails lead there)");
        assertThat(problems("web:\n  metrics_token: abc\n")).containsExactly(
                "config/casewatch.yaml:2: web.metrics_token: tokens are never written in configuration files (remove it,"
                        + " set metrics_token_env: CASEWATCH_METRICS_TOKEN and export that variable)");
        assertThat(problems("web:\n  metrics_token_env: CASEWATCH_METRICS_TOKEN\n")).containsExactly(
                "config/casewatch.yaml:2: web.metrics_token_env: environment variable CASEWATCH_METRICS_TOKEN is not set"
                        + " (export CASEWATCH_METRICS_TOKEN (a long random value) before starting casewatch)");
        assertThat(problems("web:\n  lisen: 127.0.0.1:8080\n")).containsExactly(
                "config/casewatch.yaml:2: web.lisen: unknown field (did you mean 'listen'?)");
    }
}
