package org.casewatch.notify;

import org.casewatch.model.OutgoingMessage;

import java.util.List;

/**
 * Composes the email with a one-time link that signs a staff member in to the console. Pure. The link is the only
 * secret in it; the message says how long it works and what to do if she did not ask for it.
 */
public final class SignInComposer {

    /**
     * @param key a unique outbox key (never the token itself: keys are logged)
     */
    public OutgoingMessage compose(String email, String name, String language, String link, long minutes, String key) {
        boolean ru = language.equals("ru");
        String subject = ru ? "casewatch: ссылка для входа" : "casewatch: your sign-in link";
        String lead = ru ? "Здравствуйте, " + name + ". Чтобы войти в консоль casewatch, откройте ссылку и нажмите «Войти»."
                + " Ссылка действует " + minutes + " минут и только один раз."
                : "Hello " + name + ". To sign in to the casewatch console, open the link and press \"Sign in\". It works"
                + " once, for " + minutes + " minutes.";
        String footer = ru ? "Если вы не запрашивали вход, ничего не делайте: без нажатия кнопки ссылка никого не впустит."
                : "If you did not ask to sign in, do nothing: the link lets nobody in without the button being pressed.";
        Views.Table view = new Views.Table(lead, List.of(new Views.Row(ru ? "Ссылка" : "Link", link,
                Html.isWebLink(link) ? link : "")), footer);
        return new OutgoingMessage(key, email, "signin", HeaderText.clean(subject), Templates.html("table", view),
                Templates.text("table", view));
    }
}
