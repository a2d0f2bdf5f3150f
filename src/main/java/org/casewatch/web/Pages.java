package org.casewatch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.Map;

/** Renders the precompiled page templates ({@code src/main/jte/web}, HTML, every value escaped). */
final class Pages {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.casewatch.web.templates");

    private Pages() {
    }

    /** @param params the template's parameters after {@code frame} */
    static void render(Context ctx, String template, Frame frame, Object... params) {
        Map<String, Object> all = new HashMap<>();
        all.put("frame", frame);
        for (int i = 0; i < params.length; i += 2) {
            all.put((String) params[i], params[i + 1]);
        }
        StringOutput out = new StringOutput();
        ENGINE.render(template + ".jte", all, out);
        ctx.html(out.toString());
    }
}
