package org.casewatch.web;

import io.javalin.http.Context;

/**
 * Headers every response carries: a Content-Security-Policy with no script at all and no framing, no referrer (so an
 * article link opened from the console does not tell the site the console's address), no content sniffing, no
 * caching of pages that show cases, and HSTS when the console is reached over https.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private final boolean https;

    SecurityHeaders(boolean https) {
        this.https = https;
    }

    void handle(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        if (https) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
