package org.casewatch.store;

import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite database: one file in WAL mode, created readable by its owner only, migrated on open. All
 * work goes through one connection under one lock, so there is exactly one writer and writes start with
 * BEGIN IMMEDIATE (a DEFERRED transaction that later writes can fail under concurrency). Prepared statements
 * are kept for reuse ({@link StatementCache}).
 */
public final class SqliteDatabase implements Database {

    private final Connection connection;
    private final StatementCache statements;
    private final ReentrantLock lock = new ReentrantLock();
    private final Path file;

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    public static SqliteDatabase open(Path file) {
        Path absolute = file.toAbsolutePath();
        createOwnerOnly(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Checkpoint the WAL into the database every 10,000 pages (40 MB) rather than SQLite's 1,000: a thousand new
        // sources' first poll rewrites the same index pages many times, and each checkpoint copies and syncs them.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "10000");
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + absolute);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        try {
            Connection connection = source.getConnection();
            connection.setAutoCommit(true);
            return new SqliteDatabase(absolute, connection);
        } catch (SQLException e) {
            throw new StoreException("store: cannot open database " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** The database (and its WAL files, which SQLite creates with the same mode) must not be world-readable. */
    private static void createOwnerOnly(Path file) {
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                setMode(dir, "rwx------");
            }
            try {
                Files.createFile(file);
                setMode(file, "rw-------");
            } catch (FileAlreadyExistsException existing) {
                // an existing database keeps the mode its owner gave it
            }
        } catch (IOException e) {
            throw new StoreException("store: cannot create database " + file + ": " + e.getMessage(), e);
        }
    }

    private static void setMode(Path path, String mode) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public <T> T write(String what, Work<T> work) {
        lock.lock();
        try {
            // sqlite-jdbc begins the next transaction right after a commit, so a connection left with auto-commit off
            // holds the write lock while idle and no other process (the console beside the daemon, sqlite3 .backup)
            // could ever write. A transaction is therefore begun here and ended with auto-commit turned back on.
            connection.setAutoCommit(false);
            T result = work.run(statements.connection());
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback();
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("store: " + what + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T read(String what, Work<T> work) {
        // Reads share the writer's connection; SQLite serialises them anyway and this keeps one writer.
        return write(what, work);
    }

    private void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            statements.clear();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store: cannot close database " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
