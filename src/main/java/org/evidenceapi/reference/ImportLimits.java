package org.evidenceapi.reference;

import java.util.Locale;

/**
 * What one BibTeX entry or RIS record posted to /references may hold. citeproc-java's name, page and LaTeX parsers
 * take time in proportion to the text, and BibTeX's @string macros can make a short body expand exponentially,
 * so the text is bounded as it will be read: with the macros expanded. The nesting limits keep the recursive
 * parsers (jbibtex's '#' concatenation, LaTeX groups, macros within macros) far from the end of a thread's stack.
 */
final class ImportLimits {
    /** Characters of the entry's or record's values, BibTeX's with macros expanded; and of all macro uses. */
    static final int MAX_TEXT = 65_536;
    /** @string macros within macros. */
    static final int MAX_MACRO_DEPTH = 16;
    /** Braces within braces, the entry's own counted. */
    static final int MAX_BRACE_DEPTH = 32;
    /** '#' in a BibTeX body. */
    static final int MAX_CONCATENATIONS = 256;

    /** The limits, as the OpenAPI document states them. */
    static final String DESCRIPTION = "Bodies are read within limits, and a body over one is a 400 that names it: "
            + "a BibTeX entry or RIS record holds at most " + MAX_TEXT + " characters (BibTeX's with @string "
            + "macros expanded; all uses of macros together expand to at most " + MAX_TEXT + " characters too), "
            + "macros nest at most " + MAX_MACRO_DEPTH + " deep, braces at most " + MAX_BRACE_DEPTH + " deep "
            + "(the entry's own counted), and a BibTeX body has at most " + MAX_CONCATENATIONS + " '#' "
            + "(concatenations). @include (which would read a file on the server) and crossref are not read.";

    private ImportLimits() {
    }

    /** A limit as details state it: 65,536. */
    static String number(int limit) {
        return String.format(Locale.ROOT, "%,d", limit);
    }
}
