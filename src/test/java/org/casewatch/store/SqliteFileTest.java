package org.casewatch.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** What only the SQLite store promises: an owner-only file in WAL mode. */
class SqliteFileTest {

    @TempDir
    Path dir;

    @Test
    void theDatabaseIsOwnerOnlyAndInWalMode() throws IOException {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("var/casewatch.db"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("var/casewatch.db"))))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("var"))))
                    .isEqualTo("rwx------");
            String mode = db.read("journal mode", c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(mode).isEqualTo("wal");
        }
    }
}
