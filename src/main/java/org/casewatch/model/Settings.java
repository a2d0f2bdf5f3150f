package org.casewatch.model;

import java.nio.file.Path;
import java.time.ZoneId;

/** The daemon's own settings from {@code casewatch.yaml}, with paths already resolved. */
public record Settings(Path database, ZoneId zone, Path feedsDir, HttpSettings http, MailSettings mail,
                       ScheduleSettings schedule) {
}
