package org.casewatch.notify;

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
            Map.entry("partner footer", "Вы получаете эту сводку как партнёрская организация. Чтобы отказаться от"
                    + " неё, ответьте на это письмо или свяжитесь с организацией, которая её отправляет."));
    private static final Map<String, String> EN = Map.of(
            "staff footer", "You receive this digest because you follow these cases in casewatch. To change it,"
                    + " ask your casewatch operator (config/subscribers.yaml).",
            "partner footer", "You receive this digest as a partner organisation. To stop receiving it, reply to"
                    + " this email or contact the organisation that sends it.");

    private final String language;

    Words(String language) {
        this.language = language;
    }

    String get(String english) {
        Map<String, String> table = language.equals("ru") ? RU : EN;
        return table.getOrDefault(english, english);
    }

    DateTimeFormatter days() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", language.equals("ru") ? Locale.forLanguageTag("ru")
                : Locale.ENGLISH);
    }
}
