package org.casewatch.notify;

import org.casewatch.model.HearingKind;
import org.casewatch.model.HearingStatus;
import org.casewatch.model.RulePart;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The fixed words of digests in English and Russian, chosen by the recipient's language. */
final class Words {

    private static final Map<String, String> RU = Map.ofEntries(
            Map.entry("daily digest", "ежедневная сводка"),
            Map.entry("weekly digest", "еженедельная сводка"),
            Map.entry("developments", "новости"),
            Map.entry("New developments", "Новые публикации"),
            Map.entry("Hearings in the next 14 days", "Заседания в ближайшие 14 дней"),
            Map.entry("Hearing changes", "Изменения по заседаниям"),
            Map.entry("Sources", "Источники"),
            Map.entry("failing", "не работает"),
            Map.entry("no new items since", "нет новых материалов с"),
            Map.entry("also reported by", "также сообщили"),
            Map.entry("and %d more", "и ещё %d"),
            Map.entry("Nothing new this period.", "За этот период ничего нового."),
            Map.entry("Staff note", "Заметка для сотрудников"),
            Map.entry("found, not confirmed", "найдено в СМИ, не подтверждено"),
            Map.entry("confirmed", "подтверждено"),
            Map.entry("staff footer", "Вы получаете эту сводку, потому что следите за этими делами в casewatch."
                    + " Чтобы изменить подписку, обратитесь к администратору casewatch (config/subscribers.yaml)."),
            Map.entry("in %s", "— %s"),
            Map.entry("in %d new items", "— новых материалов: %d"),
            Map.entry("%s mentioned by %s.", "Упоминания: %s (%s)."),
            Map.entry("%s mentioned in %d new items.", "Упоминания: %s (новых материалов: %d)."),
            Map.entry("Source", "Источник"),
            Map.entry("Published", "Опубликовано"),
            Map.entry("matched «%s» as %s (%s)", "найдено «%s» — %s (%s)"),
            Map.entry("alert footer", "Вы получаете это письмо, потому что следите за делами этих людей в casewatch."
                    + " Чтобы изменить подписку, обратитесь к администратору casewatch (config/subscribers.yaml)."),
            Map.entry("%s, %s on %s (%s)", "%s: %s, %s (%s)"),
            Map.entry("%s's %s is %s.", "По делу %s: %s — %s."),
            // Kinds and statuses of hearings: as a noun phrase in subjects and leads, and as a name in tables.
            Map.entry("parole hearing", "заседание об УДО"), Map.entry("appeal hearing", "апелляционное заседание"),
            Map.entry("cassation hearing", "кассационное заседание"), Map.entry("trial hearing", "судебное заседание"),
            Map.entry("verdict", "оглашение приговора"), Map.entry("release", "освобождение"),
            Map.entry("hearing", "заседание"),
            Map.entry("kind parole", "УДО"), Map.entry("kind appeal", "апелляция"),
            Map.entry("kind cassation", "кассация"), Map.entry("kind trial", "судебный процесс"),
            Map.entry("kind verdict", "приговор"), Map.entry("kind release", "освобождение"),
            Map.entry("kind other", "другое"),
            Map.entry("status scheduled", "назначено"), Map.entry("status postponed", "отложено"),
            Map.entry("status held", "состоялось"), Map.entry("status cancelled", "отменено"),
            Map.entry("no outcome reported yet for %s's hearing on %s", "нет сведений об итогах заседания: %s, %s"),
            Map.entry("followup lead", "Пока нет сведений об итогах по делу %s: %s, %s."
                    + " В новостях casewatch ничего не нашёл; уточните у адвоката или в суде."),
            Map.entry("reminder footer", "Вы получаете это письмо, потому что следите за делом %s в casewatch."
                    + " Приложенный файл календаря добавит или обновит заседание в вашем календаре."),
            Map.entry("Person", "Лицо"), Map.entry("Date", "Дата"), Map.entry("Kind", "Вид"), Map.entry("Court", "Суд"),
            Map.entry("Status", "Статус"), Map.entry("Rescheduled", "Перенесено"), Map.entry("from %s", "с %s"),
            Map.entry("Evidence", "Источник сведений"), Map.entry("Link", "Ссылка"), Map.entry("Note", "Заметка"),
            Map.entry("confirmed (watchlist)", "подтверждено (список наблюдения)"),
            Map.entry("confirmed by %s", "подтвердил(а) %s"),
            Map.entry("found in the news, not confirmed", "найдено в СМИ, не подтверждено"),
            Map.entry("partner footer", "Вы получаете эту сводку как партнёрская организация. Чтобы отказаться от"
                    + " неё, ответьте на это письмо или свяжитесь с организацией, которая её отправляет."));
    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("kind parole", "parole"), Map.entry("kind appeal", "appeal"),
            Map.entry("kind cassation", "cassation"), Map.entry("kind trial", "trial"),
            Map.entry("kind verdict", "verdict"), Map.entry("kind release", "release"), Map.entry("kind other", "other"),
            Map.entry("status scheduled", "scheduled"), Map.entry("status postponed", "postponed"),
            Map.entry("status held", "held"), Map.entry("status cancelled", "cancelled"),
            Map.entry("alert footer", "You receive this because you follow these persons in casewatch. To change what you"
                    + " receive, ask your casewatch operator to edit config/subscribers.yaml."),
            Map.entry("followup lead", "No outcome has been reported yet for %s's %s on %s. casewatch found nothing in"
                    + " the news since; please check with the lawyer or the court."),
            Map.entry("reminder footer", "You receive this because you follow %s in casewatch. The attached calendar file adds"
                    + " or updates the hearing in your calendar."),
            Map.entry("staff footer", "You receive this digest because you follow these cases in casewatch. To change it,"
                    + " ask your casewatch operator (config/subscribers.yaml)."),
            Map.entry("partner footer", "You receive this digest as a partner organisation. To stop receiving it, reply to"
                    + " this email or contact the organisation that sends it."));

    private final String language;

    Words(String language) {
        this.language = language;
    }

    String get(String english) {
        Map<String, String> table = language.equals("ru") ? RU : EN;
        return table.getOrDefault(english, english);
    }

    /** What a hearing decides, as a noun phrase: "parole hearing", "verdict", "hearing" (for OTHER). */
    String event(HearingKind kind) {
        return get(switch (kind) {
            case PAROLE -> "parole hearing";
            case APPEAL -> "appeal hearing";
            case CASSATION -> "cassation hearing";
            case TRIAL -> "trial hearing";
            case VERDICT -> "verdict";
            case RELEASE -> "release";
            case OTHER -> "hearing";
        });
    }

    /** A hearing's kind as a name, for tables and digests: "parole", "апелляция". */
    String kind(HearingKind kind) {
        return get("kind " + kind.label());
    }

    /** A hearing's status as a word: "scheduled", "отложено". */
    String status(HearingStatus status) {
        return get("status " + status.label());
    }

    /** A matcher rule, made of comma-separated parts, in the recipient's language part by part. */
    String rule(String rule) {
        return RulePart.translate(rule, language);
    }

    /** A format string in the recipient's language, filled in. */
    String format(String english, Object... args) {
        return String.format(get(english), args);
    }

    DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", language.equals("ru") ? Locale.forLanguageTag("ru")
                : Locale.ENGLISH);
    }

    /** "3 Dec 2026" for subjects; Russian keeps the full month ("3 декабря 2026"). */
    DateTimeFormatter shortDate() {
        return russian() ? days() : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    }

    /** "Thursday 3 December 2026" for details; Russian writes the date alone. */
    DateTimeFormatter weekdayDate() {
        return russian() ? days() : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    }

    private boolean russian() {
        return language.equals("ru");
    }

    DateTimeFormatter days() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.equals("ru") ? Locale.forLanguageTag("ru")
                : Locale.ENGLISH);
    }
}
