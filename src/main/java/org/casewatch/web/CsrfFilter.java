package org.casewatch.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Refuses with 403 every POST that does not carry the right CSRF token, compared in constant time, or that comes
 * from another origin. Signed in, the token is the session's (derived from its secret); before sign-in, the sign-in
 * forms carry the value of a SameSite=Strict cookie set when the form was shown.
 */
final class CsrfFilter {

    static final String FIELD = "csrf";
    static final String FORM_TOKEN = "casewatch.formToken";
    private static final Logger LOG = LoggerFactory.getLogger(CsrfFilter.class);

    private final String origin;
    private final Cookies cookies;

    /** @param origin the console's origin, e.g. {@code https://casewatch.example.org} */
    CsrfFilter(String origin, Cookies cookies) {
        this.origin = origin;
        this.cookies = cookies;
    }

    void handle(Context ctx) {
        if (Requests.signedIn(ctx).isEmpty()) {
            formToken(ctx);
        }
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        boolean sameOrigin = sameOrigin(ctx);
        String expected = Requests.signedIn(ctx).map(SignedIn::csrf).orElseGet(() -> ctx.attribute(FORM_TOKEN));
        if (!sameOrigin || !Tokens.same(ctx.formParam(FIELD), expected)) {
            LOG.warn("csrf_refused path={} staff={} origin_ok={}", ctx.path(),
                    Requests.signedIn(ctx).map(SignedIn::email).orElse("-"), sameOrigin);
            throw new Refusal(403, "This form has expired or did not come from the console. Reload the page and try again.");
        }
    }

    /**
     * Whether the POST comes from the console's own pages (OWASP CSRF cheat sheet: fetch metadata, then the source
     * origin). Under {@code Referrer-Policy: no-referrer} browsers send {@code Origin: null} on form posts, so a null
     * origin proves nothing either way; {@code Sec-Fetch-Site} (sent by current browsers whatever the referrer policy)
     * then decides. A request with neither is left to the token, as for non-browser clients.
     */
    private boolean sameOrigin(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        String sent = Optional.ofNullable(ctx.header("Origin")).orElse("null");
        String referer = Optional.ofNullable(ctx.header("Referer")).orElse("");
        if (!sent.equals("null") && !sent.equals(origin)) {
            return false;
        }
        if (site != null) {
            return site.equals("same-origin");
        }
        if (!sent.equals("null")) {
            return true;
        }
        return referer.isEmpty() || referer.equals(origin) || referer.startsWith(origin + "/");
    }

    /** Before sign-in: the token of the visitor's form cookie, made now if she has none. */
    private void formToken(Context ctx) {
        String token = ctx.cookie(cookies.form());
        if (!Tokens.wellFormed(token)) {
            if (ctx.method() == HandlerType.POST) {
                ctx.attribute(FORM_TOKEN, "");
                return;
            }
            token = Tokens.random();
            cookies.setForm(ctx, token);
        }
        ctx.attribute(FORM_TOKEN, token);
    }
}
