package org.casewatch.web;

/**
 * What every page's layout shows: the words in the reader's language, the page title, the CSRF token its forms
 * carry, who is signed in (empty before sign-in) and which menu entry is open.
 */
public record Frame(Texts t, String title, String csrf, String staffName, String active) {

    public boolean signedIn() {
        return !staffName.isEmpty();
    }

    public String lang() {
        return t.language();
    }
}
