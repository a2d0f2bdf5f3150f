package org.casewatch.config;

import org.casewatch.model.Person;
import org.casewatch.model.Settings;
import org.casewatch.model.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads the configuration of one casewatch home: {@code <configDir>/casewatch.yaml} (optional),
 * {@code watchlist.yaml}, {@code subscribers.yaml} and every {@code *.yaml} in the feeds directory.
 * Throws {@link ConfigException} listing every problem found in every file.
 */
public final class ConfigLoader {

    private final Path home;
    private final Map<String, String> env;

    /** @param env the process environment, where secrets are looked up (never in files) */
    public ConfigLoader(Path home, Map<String, String> env) {
        this.home = home.toAbsolutePath().normalize();
        this.env = Map.copyOf(env);
    }

    public Config load(Path configDir) {
        Path dir = home.resolve(configDir).normalize();
        Problems problems = new Problems();
        Settings settings = settings(dir, problems);
        List<Person> persons = readWatchlist(dir.resolve("watchlist.yaml"), problems);
        SubscribersReader subscribers = new SubscribersReader(problems, persons);
        readFile(dir.resolve("subscribers.yaml"), problems)
                .ifPresent(node -> subscribers.read(node, shown(dir.resolve("subscribers.yaml"))));
        List<Source> sources = sources(settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.all());
        }
        return new Config(home, dir, settings, persons, subscribers.staff(), subscribers.partners(), sources);
    }

    /** The settings every field of which has its default, for commands that read no configuration. */
    public Settings defaults() {
        Problems ignored = new Problems();
        return new SettingsReader(home, env, ignored).read(Fields.empty("(defaults)", ignored));
    }

    /** Loads only a watchlist file, for commands that need nothing else. */
    public List<Person> loadWatchlist(Path file) {
        Problems problems = new Problems();
        List<Person> persons = readWatchlist(home.resolve(file), problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.all());
        }
        return persons;
    }

    private List<Person> readWatchlist(Path file, Problems problems) {
        return readFile(file, problems).map(node -> new WatchlistReader(problems).read(node, shown(file)))
                .orElse(List.of());
    }

    private Settings settings(Path dir, Problems problems) {
        Path file = dir.resolve("casewatch.yaml");
        String shown = shown(file);
        // The file is optional: every setting has a default.
        YamlNode node = Files.exists(file) ? readFile(file, problems).orElse(null) : null;
        Fields fields = node == null ? Fields.empty(shown, problems)
                : Fields.of(shown, "", node, problems).orElseGet(() -> Fields.empty(shown, problems));
        return new SettingsReader(home, env, problems).read(fields);
    }

    private List<Source> sources(Settings settings, Problems problems) {
        Path dir = settings.feedsDir();
        if (!Files.isDirectory(dir)) {
            problems.add(shown(dir), 0, "feeds", "is not a directory", "create it and put one *.yaml file per source in it");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(shown(dir), 0, "feeds", "cannot be listed: " + e.getMessage(), "check permissions");
            return List.of();
        }
        SourceReader reader = new SourceReader(home, settings.schedule().defaultInterval(), problems);
        List<Source> sources = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Path file : files) {
            String stem = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            readFile(file, problems).flatMap(node -> Fields.of(shown(file), "", node, problems))
                    .flatMap(f -> reader.read(f, stem)).ifPresent(source -> {
                        String other = owners.putIfAbsent(source.id(), shown(file));
                        if (other != null) {
                            problems.add(shown(file), 0, "id", "'" + source.id() + "' is already used by " + other,
                                    "give each source a distinct id");
                        }
                        sources.add(source);
                    });
        }
        return sources;
    }

    private Optional<YamlNode> readFile(Path file, Problems problems) {
        return ConfigFile.read(file, shown(file), problems);
    }

    private String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(home) ? home.relativize(abs).toString() : abs.toString();
    }
}
