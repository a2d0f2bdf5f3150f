package org.casewatch.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.io.InputStreamReader;

/** Opens one YAML file and turns I/O and syntax errors into problems that name the file and line. */
final class ConfigFile {

    private ConfigFile() {
    }

    /** Empty when the file could not be read or parsed (the reason is in {@code problems}). */
    static Optional<YamlNode> read(Path path, String shownName, Problems problems) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(path), decoder)) {
            Optional<YamlNode> node = YamlReader.read(reader, problems, shownName);
            if (node.isEmpty()) {
                problems.add(shownName, 1, "(file)", "is empty", "see README.md for what this file holds");
            }
            return node;
        } catch (NoSuchFileException e) {
            problems.add(shownName, 0, "(file)", "does not exist", "create it; see README.md");
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            problems.add(shownName, at == null ? 0 : at.getLineNr(), "(syntax)",
                    "is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check indentation and quoting on or just before this line");
        } catch (CharacterCodingException e) {
            problems.add(shownName, 0, "(file)", "is not UTF-8 text", "save it as UTF-8");
        } catch (IOException e) {
            problems.add(shownName, 0, "(file)", "cannot be read: " + e.getMessage(), "check permissions");
        }
        return Optional.empty();
    }
}
