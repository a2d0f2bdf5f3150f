package org.casewatch.web;

import org.casewatch.model.RulePart;

import java.util.Map;

/**
 * The console's words in English or Russian. English is the key itself, except for longer texts named by a short
 * key, which both languages list.
 */
public final class Texts {

    private static final Map<String, String> EN = Map.of(
            "sent answer", "If this address belongs to a member of staff, a sign-in link is on its way to it. The link"
                    + " works once, for 15 minutes. Nothing arrived? Check the address and ask again.",
            "login lead", "Sign in with a one-time link sent to your email address. Only staff listed by your operator"
                    + " can sign in.",
            "signin hint", "The link is used up only when you press the button, so it can be opened safely by mail"
                    + " scanners first.",
            "review hearings lead", "Dates casewatch read in the news. Confirm the ones you have checked; correct a"
                    + " wrong date, time or kind; reject what is no hearing. A rejected one is never reminded, and the"
                    + " same sentence never brings it back.",
            "review mentions lead", "Mentions found by a surname alone or with a one-letter typo. \"Not this person\""
                    + " takes the mention out of digests; tick the box to never count that written form as this person"
                    + " again (from the next cycle).",
            "calendar new", "Your calendar address is below. Copy it now into your calendar app (\"subscribe to a"
                    + " calendar\" or \"add by URL\"): for your safety it is not shown again. Anyone with the address"
                    + " sees the hearings, so do not share it.",
            "calendar none", "A private calendar address lets your calendar app show the coming hearings of the persons"
                    + " you follow and keep them up to date.",
            "sessions lead", "Where you are signed in. End any session you do not recognise.");

    private static final Map<String, String> RU = Map.ofEntries(
            Map.entry("Skip to content", "К содержанию"), Map.entry("Menu", "Меню"), Map.entry("Today", "Сегодня"),
            Map.entry("Review", "Проверка"), Map.entry("Hearings", "Заседания"), Map.entry("Subscriptions", "Подписки"),
            Map.entry("Sources", "Источники"), Map.entry("Sessions", "Сеансы"), Map.entry("Sign out", "Выйти"),
            Map.entry("Ask for a new sign-in link", "Запросить новую ссылку для входа"),
            Map.entry("Back to Today", "На главную"), Map.entry("Not found", "Не найдено"),
            Map.entry("Not possible", "Невозможно"),
            Map.entry("sent answer", "Если этот адрес принадлежит сотруднику, на него отправлена ссылка для входа."
                    + " Она действует один раз, 15 минут. Письма нет? Проверьте адрес и запросите снова."),
            Map.entry("Ask again", "Запросить снова"),
            Map.entry("login lead", "Вход по одноразовой ссылке, которая придёт на вашу почту. Войти могут только"
                    + " сотрудники, указанные администратором."),
            Map.entry("Your email address", "Ваш адрес электронной почты"),
            Map.entry("Send me a sign-in link", "Прислать ссылку для входа"), Map.entry("Sign in", "Вход"),
            Map.entry("That is not an email address.", "Это не адрес электронной почты."),
            Map.entry("Sign in as %s (%s)?", "Войти как %s (%s)?"),
            Map.entry("signin hint", "Ссылка расходуется только при нажатии кнопки, поэтому почтовые сканеры могут"
                    + " открыть её заранее без вреда."),
            Map.entry("matched «%s» by rule: %s", "найдено «%s» по правилу: %s"),
            Map.entry("not this person (%s)", "не этот человек (%s)"),
            Map.entry("never count «%s» as %s again", "больше никогда не считать «%s» упоминанием: %s"),
            Map.entry("Not this person", "Не этот человек"), Map.entry("Yes, this person", "Да, это он(а)"),
            Map.entry("New mentions of the persons you follow (%d), from the last 14 days, newest first.",
                    "Новые упоминания людей, за которыми вы следите (%d), за 14 дней, сначала новые."),
            Map.entry("Nothing new.", "Ничего нового."), Map.entry("Source", "Источник"),
            Map.entry("Status", "Статус"), Map.entry("Tags", "Группы"), Map.entry("Visibility", "Видимость"),
            Map.entry("public", "публичное дело"), Map.entry("internal", "внутреннее дело"),
            Map.entry("Note", "Заметка"), Map.entry("Unfollow", "Отписаться"), Map.entry("Follow", "Следить"),
            Map.entry("You follow this person.", "Вы следите за этим человеком."),
            Map.entry("You do not follow this person.", "Вы не следите за этим человеком."),
            Map.entry("No hearings known.", "Заседания неизвестны."),
            Map.entry("Hearing changes", "Изменения по заседаниям"), Map.entry("No changes.", "Изменений нет."),
            Map.entry("Mentions", "Упоминания"), Map.entry("No mentions yet.", "Упоминаний пока нет."),
            Map.entry("Hearings found in the news", "Заседания, найденные в СМИ"),
            Map.entry("review hearings lead", "Даты, которые casewatch прочитал в новостях. Подтвердите проверенные;"
                    + " исправьте неверную дату, время или вид; отклоните то, что не является заседанием. Об отклонённом"
                    + " заседании не будет напоминаний, и та же фраза его не вернёт."),
            Map.entry("Nothing to review.", "Проверять нечего."), Map.entry("Confirm", "Подтвердить"),
            Map.entry("Reject", "Отклонить"), Map.entry("Correct", "Исправить"), Map.entry("Date", "Дата"),
            Map.entry("Time", "Время"), Map.entry("Kind", "Вид"), Map.entry("Save the correction", "Сохранить исправление"),
            Map.entry("Mentions found by the weaker rules", "Упоминания, найденные по менее надёжным правилам"),
            Map.entry("review mentions lead", "Упоминания только по фамилии или с опечаткой в одной букве. «Не этот"
                    + " человек» убирает упоминание из сводок; отметьте галочку, чтобы это написание больше никогда не"
                    + " считалось этим человеком (со следующего цикла)."),
            Map.entry("Saved. It is in force from the next cycle.", "Сохранено. Действует со следующего цикла."),
            Map.entry("Alerts", "Оповещения"), Map.entry("your choice", "ваш выбор"),
            Map.entry("from subscribers.yaml", "из subscribers.yaml"), Map.entry("immediately", "сразу"),
            Map.entry("in a daily digest", "в ежедневной сводке"), Map.entry("off", "выключены"),
            Map.entry("Hearing reminders", "Напоминания о заседаниях"),
            Map.entry("remind me before hearings", "напоминать перед заседаниями"), Map.entry("Language", "Язык"),
            Map.entry("everyone on the watchlist", "все из списка наблюдения"),
            Map.entry("Groups (tags):", "Группы:"), Map.entry("Persons:", "Люди:"), Map.entry("Save", "Сохранить"),
            Map.entry("Back to what subscribers.yaml says", "Вернуть настройки из subscribers.yaml"),
            Map.entry("Coming hearings of the persons you follow.", "Предстоящие заседания по делам, за которыми вы следите."),
            Map.entry("No coming hearings.", "Предстоящих заседаний нет."),
            Map.entry("Your private calendar", "Ваш личный календарь"),
            Map.entry("calendar new", "Адрес вашего календаря ниже. Скопируйте его сейчас в приложение календаря"
                    + " («подписаться на календарь» или «добавить по URL»): из соображений безопасности он больше не"
                    + " будет показан. Любой, у кого есть адрес, видит заседания: не передавайте его."),
            Map.entry("Calendar address", "Адрес календаря"),
            Map.entry("You have a calendar address, made on %s.", "У вас есть адрес календаря, создан %s."),
            Map.entry("calendar none", "Личный адрес календаря позволяет приложению календаря показывать предстоящие"
                    + " заседания по делам, за которыми вы следите, и обновлять их."),
            Map.entry("Make a calendar address", "Создать адрес календаря"),
            Map.entry("Make a new address (the old one stops working)", "Создать новый адрес (старый перестанет работать)"),
            Map.entry("Revoke the address", "Отозвать адрес"),
            Map.entry("%d of %d sources failing; times in %s.", "Не работают %d из %d источников; время: %s."),
            Map.entry("State", "Состояние"), Map.entry("Last success", "Последний успех"),
            Map.entry("Failures", "Сбоев подряд"), Map.entry("Next poll", "Следующий опрос"),
            Map.entry("Last error", "Последняя ошибка"), Map.entry("disabled", "выключен"), Map.entry("new", "новый"),
            Map.entry("failing", "не работает"), Map.entry("ok", "работает"), Map.entry("never", "никогда"),
            Map.entry("lenient", "читается с поправками"),
            Map.entry("read leniently: %s", "лента не является корректным XML, прочитана с поправками: %s"),
            Map.entry("sessions lead", "Где выполнен вход. Завершите любой сеанс, который вы не узнаёте."),
            Map.entry("unknown browser", "неизвестный браузер"), Map.entry("this one", "текущий"),
            Map.entry("signed in %s from %s; last seen %s", "вход %s с адреса %s; последняя активность %s"),
            Map.entry("End this session", "Завершить сеанс"),
            Map.entry("confirmed by %s", "подтвердил(а) %s"),
            Map.entry("confirmed (watchlist)", "подтверждено (список наблюдения)"),
            Map.entry("found in the news, not confirmed", "найдено в СМИ, не подтверждено"),
            Map.entry("scheduled", "назначено"), Map.entry("postponed", "перенесено"), Map.entry("held", "состоялось"),
            Map.entry("cancelled", "отменено"),
            Map.entry("Please sign in.", "Пожалуйста, войдите."), Map.entry("Not found.", "Не найдено."),
            Map.entry("Too many sign-in requests from here. Try again in a quarter of an hour.",
                    "Слишком много запросов на вход отсюда. Попробуйте через четверть часа."),
            Map.entry("This sign-in link has expired or was already used. Ask for a new one.",
                    "Срок действия ссылки истёк, или она уже использована. Запросите новую."),
            Map.entry("This form has expired or did not come from the console. Reload the page and try again.",
                    "Форма устарела или отправлена не из консоли. Обновите страницу и попробуйте снова."),
            Map.entry("Write the date as YYYY-MM-DD and the time as HH:MM.", "Укажите дату как ГГГГ-ММ-ДД и время как ЧЧ:ММ."),
            Map.entry("Something went wrong. It has been logged.", "Что-то пошло не так. Ошибка записана в журнал."),
            Map.entry("Not available here.", "Недоступно."));

    private static final Texts ENGLISH = new Texts("en");
    private static final Texts RUSSIAN = new Texts("ru");

    private final String language;

    private Texts(String language) {
        this.language = language;
    }

    static Texts of(String language) {
        return "ru".equals(language) ? RUSSIAN : ENGLISH;
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        return (language.equals("ru") ? RU : EN).getOrDefault(key, EN.getOrDefault(key, key));
    }

    public String format(String key, Object... args) {
        return String.format(get(key), args);
    }

    /** A matcher rule, made of comma-separated parts, part by part. */
    String rule(String rule) {
        return RulePart.translate(rule, language);
    }
}
