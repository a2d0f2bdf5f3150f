package org.casewatch.notify;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The precompiled jte email templates ({@code src/main/jte}): an HTML one, which escapes every value, and a
 * plain-text one for each kind of message.
 */
final class Templates {

    private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.casewatch.notify.templates.html");
    private static final TemplateEngine TEXT = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "org.casewatch.notify.templates.text");

    private Templates() {
    }

    static String html(String name, Object view) {
        StringOutput out = new StringOutput();
        HTML.render(name + ".jte", view, out);
        return out.toString();
    }

    static String text(String name, Object view) {
        StringOutput out = new StringOutput();
        TEXT.render(name + ".jte", view, out);
        return out.toString();
    }
}
