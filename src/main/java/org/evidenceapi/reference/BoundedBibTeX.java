package org.evidenceapi.reference;

import static org.evidenceapi.reference.ImportLimits.MAX_BRACE_DEPTH;
import static org.evidenceapi.reference.ImportLimits.MAX_CONCATENATIONS;
import static org.evidenceapi.reference.ImportLimits.MAX_MACRO_DEPTH;
import static org.evidenceapi.reference.ImportLimits.MAX_TEXT;
import static org.evidenceapi.reference.ImportLimits.number;

import java.io.StringReader;
import java.util.IdentityHashMap;
import java.util.Map;
import org.evidenceapi.common.problem.ProblemException;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.ConcateValue;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.ReferenceValue;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * jbibtex's parser (the one citeproc-java reads BibTeX with) within {@link ImportLimits}. jbibtex expands a macro
 * anew at every use, so macros doubling one another grow exponentially; it recurses once per '#' and per macro
 * level, LaTeX conversion once per brace; it expands a crossref while parsing; and it reads the file an
 * {@code @include} names from the server's disk. So a scan of the raw text refuses {@code @include}, deep braces
 * and many '#' before parsing; while parsing, each macro is measured (expanded length and depth, once per macro)
 * where it is used, before anything expands it; after parsing, the entries' text is measured the same way.
 */
final class BoundedBibTeX {
    /** Expanded sizes of the macros used so far. */
    private final Map<BibTeXString, Size> macros = new IdentityHashMap<>();
    /** Characters all macro uses so far expand to. */
    private long expanded;

    private BoundedBibTeX() {
    }

    /** The body parsed; a ParseException if it is not BibTeX, a 400 if it is over a limit. */
    static BibTeXDatabase parse(String body) throws ParseException {
        scan(body);
        BoundedBibTeX bounds = new BoundedBibTeX();
        BibTeXDatabase database;
        try {
            database = bounds.new Parser().parse(new StringReader(body));
        } catch (TokenMgrException e) {
            throw new ParseException("Could not parse BibTeX library: " + e.getMessage());
        }
        long text = 0;
        for (BibTeXEntry entry : database.getEntries().values()) {
            for (Value value : entry.getFields().values()) {
                text += bounds.measure(value).length();
            }
        }
        if (text > MAX_TEXT) {
            throw ProblemException.badBody("The BibTeX entry holds more than " + number(MAX_TEXT)
                    + " characters, its @string macros expanded.");
        }
        return database;
    }

    /** Before parsing: no {@code @include}, braces at most MAX_BRACE_DEPTH deep, at most MAX_CONCATENATIONS '#'. */
    private static void scan(String body) {
        IncludeSpotter include = new IncludeSpotter();
        int depth = 0;
        int concatenations = 0;
        boolean escaped = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (include.isInclude(c)) {
                throw ProblemException.badBody("The BibTeX body has an @include, which is not read: post the "
                        + "entry itself.");
            }
            if (escaped) {
                escaped = false;
                continue;
            }
            switch (c) {
                // An escaped brace or '#' is text to jbibtex; to LaTeX it is a command, not a group.
                case '\\' -> escaped = true;
                case '{' -> {
                    if (++depth > MAX_BRACE_DEPTH) {
                        throw ProblemException.badBody("The BibTeX body nests braces more than "
                                + MAX_BRACE_DEPTH + " deep.");
                    }
                }
                // Not below zero: stray closing braces (in comments, say) cannot hide deeper nesting after them.
                case '}' -> depth = Math.max(0, depth - 1);
                case '#' -> {
                    if (++concatenations > MAX_CONCATENATIONS) {
                        throw ProblemException.badBody("The BibTeX body has more than " + MAX_CONCATENATIONS
                                + " concatenations ('#').");
                    }
                }
                default -> {
                }
            }
        }
    }

    /** What a value expands to: its length, each piece counting at least one (expanding "" is work too). */
    private Size measure(Value value) {
        if (value instanceof ConcateValue concatenation) {
            return measure(concatenation.getLeft()).plus(measure(concatenation.getRight()));
        }
        if (value instanceof ReferenceValue reference && reference.getString() != null) {
            return macro(reference.getString());
        }
        // A literal, or a macro nobody defined, which citeproc-java reads as its name.
        return new Size(Math.max(1, value.toUserString().length()), 0);
    }

    /**
     * A macro's expanded size, computed once. Every macro a macro uses was measured where it was used, before
     * this one was complete, so this never recurses deeper than one macro.
     */
    private Size macro(BibTeXString string) {
        Size size = macros.get(string);
        if (size == null) {
            Size value = measure(string.getValue());
            size = new Size(value.length(), value.depth() + 1);
            if (size.depth() > MAX_MACRO_DEPTH) {
                throw ProblemException.badBody("The BibTeX body nests @string macros more than " + MAX_MACRO_DEPTH
                        + " deep.");
            }
            macros.put(string, size);
        }
        return size;
    }

    private void used(BibTeXString string) {
        expanded += macro(string).length();
        if (expanded > MAX_TEXT) {
            throw ProblemException.badBody("The BibTeX body's @string macros expand to more than " + number(MAX_TEXT)
                    + " characters.");
        }
    }

    private record Size(long length, int depth) {
        Size plus(Size other) {
            return new Size(length + other.length, Math.max(depth, other.depth));
        }
    }

    /** jbibtex, with every macro use measured before it is bound, and no crossref resolved. */
    private final class Parser extends BibTeXParser {
        Parser() throws ParseException {
        }

        /** As citeproc-java's converter: a macro nobody defined stands for its name. */
        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            if (string != null) {
                used(string);
            }
        }

        /** Only one entry may be posted, so a crossref could only name itself, and jbibtex would follow it forever. */
        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
            throw ProblemException.badBody("The BibTeX entry's crossref is not read: post one entry with all its "
                    + "fields.");
        }
    }

    /**
     * Spots what jbibtex reads as an {@code @include}: '@', blanks or % comments, "include" in any case, blanks or
     * comments, '{'. Each '@' starts a candidate, and one inside a comment may be the real one, so every candidate
     * is followed at once, as a set of states: a bit for each of S0 (after '@'), S1..S7 (that many letters of
     * "include" read), and C0 and C7 (in a comment in S0 or S7).
     */
    private static final class IncludeSpotter {
        private static final String KEYWORD = "include";
        private static final int C0 = KEYWORD.length() + 1;
        private static final int C7 = KEYWORD.length() + 2;
        private int states;

        boolean isInclude(char c) {
            int next = 0;
            for (int state = 0; state <= C7; state++) {
                if ((states & 1 << state) == 0) {
                    continue;
                }
                if (state == C0 || state == C7) {
                    boolean ends = c == '\n' || c == '\r';
                    next |= 1 << (ends ? (state == C0 ? 0 : KEYWORD.length()) : state);
                } else if ((state == 0 || state == KEYWORD.length()) && Character.isWhitespace(c)) {
                    next |= 1 << state;
                } else if ((state == 0 || state == KEYWORD.length()) && c == '%') {
                    next |= 1 << (state == 0 ? C0 : C7);
                } else if (state == KEYWORD.length() && c == '{') {
                    return true;
                } else if (state < KEYWORD.length() && Character.toLowerCase(c) == KEYWORD.charAt(state)) {
                    next |= 1 << (state + 1);
                }
            }
            states = c == '@' ? next | 1 : next;
            return false;
        }
    }
}
