package org.casewatch.web;

import io.javalin.http.Context;

import java.time.Duration;

/**
 * The console's two cookies: the session (HttpOnly, SameSite=Lax, Secure and {@code __Host-} when the console is
 * reached over https) and, before sign-in, the token the sign-in forms carry (SameSite=Strict).
 */
final class Cookies {

    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    String session() {
        return secure ? "__Host-casewatch" : "casewatch";
    }

    String form() {
        return secure ? "__Host-casewatch-form" : "casewatch-form";
    }

    void setSession(Context ctx, String token, Duration maxAge) {
        set(ctx, session(), token, maxAge.toSeconds(), "Lax");
    }

    void clearSession(Context ctx) {
        set(ctx, session(), "", 0, "Lax");
    }

    void setForm(Context ctx, String token) {
        set(ctx, form(), token, -1, "Strict");
    }

    private void set(Context ctx, String name, String value, long maxAge, String sameSite) {
        // Written by hand: the attributes are the point, and no framework default should change them.
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=" + sameSite
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "") + (secure ? "; Secure" : ""));
    }
}
