package org.casewatch.web;

import io.javalin.http.Context;

import java.util.Locale;
import java.util.Optional;

/** What the handlers read from a request: who is signed in, her language, the client's address. */
final class Requests {

    static final String SIGNED_IN = "casewatch.signedIn";
    private static final int MAX_USER_AGENT = 200;

    private Requests() {
    }

    static Optional<SignedIn> signedIn(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SIGNED_IN));
    }

    /** The signed-in staff member; the session filter has already sent everyone else to the sign-in page. */
    static SignedIn staff(Context ctx) {
        return signedIn(ctx).orElseThrow(() -> new Refusal(403, "Please sign in."));
    }

    /** A signed-in staff member's pages are in her language; before sign-in, in the browser's. */
    static Texts texts(Context ctx) {
        return signedIn(ctx).map(s -> Texts.of(s.staff().language())).orElseGet(() -> {
            // Before sign-in: the language picked on the page (?lang= or the form's field), else the browser's.
            String picked = Optional.ofNullable(ctx.queryParam("lang")).orElseGet(() ->
                    ctx.method() == io.javalin.http.HandlerType.POST ? ctx.formParam("lang") : null);
            if ("ru".equals(picked) || "en".equals(picked)) {
                return Texts.of(picked);
            }
            String accept = Optional.ofNullable(ctx.header("Accept-Language")).orElse("").toLowerCase(Locale.ROOT);
            return Texts.of(accept.startsWith("ru") ? "ru" : "en");
        });
    }

    static Frame frame(Context ctx, String titleKey, String active) {
        Texts t = texts(ctx);
        Optional<SignedIn> s = signedIn(ctx);
        String csrf = s.map(SignedIn::csrf).orElseGet(() -> Optional.ofNullable(ctx.<String>attribute(CsrfFilter.FORM_TOKEN))
                .orElse(""));
        return new Frame(t, t.get(titleKey), csrf, s.map(SignedIn::name).orElse(""), active);
    }

    /**
     * The client's address for rate limits and the sessions page. Behind a reverse proxy on the same machine (the
     * peer is loopback) the proxy's X-Forwarded-For names the client: its last entry, the one the proxy added.
     */
    static String client(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null && isLoopback(peer)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return peer;
    }

    /** Whether the request came straight from this machine (not through a proxy that forwards for someone else). */
    static boolean fromLoopback(Context ctx) {
        return isLoopback(ctx.req().getRemoteAddr()) && ctx.header("X-Forwarded-For") == null
                && ctx.header("Forwarded") == null;
    }

    static String userAgent(Context ctx) {
        String ua = Optional.ofNullable(ctx.userAgent()).orElse("").replaceAll("\\p{Cntrl}", " ");
        return ua.length() > MAX_USER_AGENT ? ua.substring(0, MAX_USER_AGENT) : ua;
    }

    private static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("0:0:0:0:0:0:0:1") || address.equals("::1"));
    }

    /** A form field, stripped; empty when absent. */
    static String form(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    static long id(Context ctx, String param) {
        try {
            return Long.parseLong(ctx.pathParam(param));
        } catch (NumberFormatException e) {
            throw new Refusal(404, "Not found.");
        }
    }
}
