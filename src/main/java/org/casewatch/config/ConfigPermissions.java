package org.casewatch.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warns about configuration files every user of the machine can read: the watchlist names people (some of
 * them internal cases), the subscribers file holds addresses, and casewatch.yaml names the relay account.
 */
public final class ConfigPermissions {

    private ConfigPermissions() {
    }

    public static List<String> warnings(Config config) {
        List<String> out = new ArrayList<>();
        for (String name : List.of("casewatch.yaml", "watchlist.yaml", "subscribers.yaml")) {
            Path file = config.configDir().resolve(name);
            if (worldReadable(file)) {
                String shown = config.home().relativize(file.toAbsolutePath().normalize()).toString();
                out.add(shown + " is readable by every user on this machine; " + why(name) + " (run: chmod 600 "
                        + shown + ")");
            }
        }
        return out;
    }

    private static String why(String name) {
        return switch (name) {
            case "watchlist.yaml" -> "it names the persons you watch, internal cases included";
            case "subscribers.yaml" -> "it holds your staff's and partners' addresses";
            default -> "it names the mail account and database";
        };
    }

    private static boolean worldReadable(Path file) {
        try {
            if (!Files.exists(file) || !Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return false;
            }
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            return mode.contains(PosixFilePermission.OTHERS_READ);
        } catch (IOException e) {
            return false;
        }
    }
}
