package org.casewatch.config;

import org.casewatch.model.PageSelectors;
import org.casewatch.model.Source;
import org.casewatch.model.SourceKind;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one {@code feeds/*.yaml} file into a {@link Source}. Relative {@code file:} URLs are resolved
 * against the casewatch home directory, so the offline samples work from any working directory.
 */
final class SourceReader {

    private final Path home;
    private final Duration defaultInterval;
    private final Problems problems;

    SourceReader(Path home, Duration defaultInterval, Problems problems) {
        this.home = home;
        this.defaultInterval = defaultInterval;
        this.problems = problems;
    }

    Optional<Source> read(Fields f, String fileStem) {
        String id = f.string("id").orElse(fileStem);
        if (!id.matches("[a-z0-9][a-z0-9._-]*")) {
            f.problem("id", "'" + id + "' is not a usable id", "use lower-case letters, digits, '.', '_' and '-'");
        }
        String name = f.string("name").orElse(id);
        Optional<SourceKind> kind = f.choice("type", List.of("feed", "page"))
                .map(t -> SourceKind.valueOf(t.toUpperCase(Locale.ROOT)));
        if (kind.isEmpty() && f.node("type").isEmpty()) {
            f.problem("type", "is missing", "write type: feed for RSS/Atom or type: page for an HTML page");
        }
        Optional<String> url = f.required("url", "give the address to poll (http, https or file)").flatMap(u -> url(f, u));
        Duration interval = f.duration("interval", Duration.ofMinutes(1)).orElse(defaultInterval);
        String language = f.string("language").orElse("");
        boolean enabled = f.bool("enabled").orElse(true);
        boolean allowPrivate = f.bool("allow_private").orElse(false);
        Optional<String> article = f.node("article").flatMap(node -> article(f, node));
        Optional<PageSelectors> page = f.node("page").flatMap(node -> Fields.of(f.file(), f.field("page"), node, problems))
                .flatMap(this::page);
        if (kind.orElse(null) == SourceKind.PAGE && page.isEmpty() && f.node("page").isEmpty()) {
            f.problem("page", "a page source needs selectors", "add page: with at least items: \"css selector\"");
        }
        if (kind.orElse(null) == SourceKind.FEED && f.node("page").isPresent()) {
            f.problem("page", "selectors only apply to type: page", "remove page: or change type to page");
        }
        f.finish();
        if (kind.isEmpty() || url.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Source(id, name, kind.get(), url.get(), interval, language, enabled, page, article,
                allowPrivate));
    }

    private Optional<String> url(Fields f, String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "http", "https" -> {
                    if (uri.getHost() == null) {
                        f.problem("url", "'" + text + "' has no host", "write e.g. https://example.org/rss");
                        return Optional.empty();
                    }
                    return Optional.of(uri.toString());
                }
                case "file" -> {
                    String path = uri.getSchemeSpecificPart();
                    Path resolved = path.startsWith("/") ? Path.of(uri) : home.resolve(path).normalize();
                    return Optional.of(resolved.toAbsolutePath().toUri().toString());
                }
                default -> f.problem("url", "'" + text + "' is not an http, https or file URL",
                        "write e.g. https://example.org/rss or file:feeds/samples/news.xml");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            f.problem("url", "'" + text + "' is not a valid URL", "check for spaces or stray characters");
        }
        return Optional.empty();
    }

    /** {@code article: true} uses the default extraction; {@code article: {selector: ...}} names the text. */
    private Optional<String> article(Fields parent, YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            String text = s.text().strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("yes")) {
                return Optional.of("");
            }
            if (!text.equals("false") && !text.equals("no")) {
                parent.problem("article", "'" + s.text() + "' is not understood",
                        "write article: true, or article: with selector: \"css\"");
            }
            return Optional.empty();
        }
        return Fields.of(parent.file(), parent.field("article"), node, problems).flatMap(f -> {
            Optional<String> selector = f.string("selector");
            f.finish();
            return Optional.of(selector.orElse(""));
        });
    }

    private Optional<PageSelectors> page(Fields f) {
        Optional<String> items = f.required("items", "give the CSS selector of one item, e.g. \"table.schedule tr\"");
        Optional<String> title = f.string("title");
        Optional<String> link = f.string("link");
        Optional<String> date = f.string("date");
        Optional<String> format = f.string("date_format");
        format.ifPresent(pattern -> {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException e) {
                f.problem("date_format", "'" + pattern + "' is not a date pattern: " + e.getMessage(),
                        "write e.g. dd.MM.yyyy or d MMMM yyyy");
            }
        });
        Locale locale = f.string("date_locale").map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
        f.finish();
        return items.map(css -> new PageSelectors(css, title, link, date, format, locale));
    }
}
