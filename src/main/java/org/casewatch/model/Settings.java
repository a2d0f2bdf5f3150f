package org.casewatch.model;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The daemon's own settings from {@code casewatch.yaml}, with paths already resolved.
 *
 * @param alertMaxAge items published longer ago than this when first seen are stored but do not alert;
 *                    empty for no limit
 * @param retention   how long the text of items and of sent messages is kept; empty to keep it for ever
 * @param web         the staff console
 * @param database    SQLite (a path in the file) or PostgreSQL (a mapping)
 */
public record Settings(DatabaseSettings database, ZoneId zone, Path feedsDir, Optional<Duration> alertMaxAge,
                       Optional<Duration> retention, HttpSettings http,
                       MailSettings mail, ScheduleSettings schedule, ReminderSettings reminders,
                       DigestSettings digests, HealthSettings health, WebSettings web) {
}
