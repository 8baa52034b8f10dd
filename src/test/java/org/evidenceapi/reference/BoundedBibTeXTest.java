package org.evidenceapi.reference;

import static org.evidenceapi.reference.ImportLimits.MAX_BRACE_DEPTH;
import static org.evidenceapi.reference.ImportLimits.MAX_CONCATENATIONS;
import static org.evidenceapi.reference.ImportLimits.MAX_MACRO_DEPTH;
import static org.evidenceapi.reference.ImportLimits.MAX_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.evidenceapi.common.problem.ProblemException;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXInclude;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each limit of BoundedBibTeX holds at its value and refuses one past it; @include is spotted as jbibtex reads it. */
@Tag("unit")
class BoundedBibTeXTest {

    @Test
    void bracesMayNestToTheLimitAndNoDeeper() throws ParseException {
        // The entry's own brace is the first level, the title's the second.
        BoundedBibTeX.parse(entry(nested(MAX_BRACE_DEPTH - 2)));
        assertRefused(entry(nested(MAX_BRACE_DEPTH - 1)), "braces more than " + MAX_BRACE_DEPTH + " deep");
        // Stray closing braces first do not make room for deeper nesting after them.
        assertRefused("}".repeat(100) + entry(nested(MAX_BRACE_DEPTH - 1)), "braces more than");
    }

    @Test
    void escapedBracesAndHashesAreText() throws ParseException {
        BoundedBibTeX.parse(entry("\\{".repeat(MAX_BRACE_DEPTH * 2) + "\\#".repeat(MAX_CONCATENATIONS * 2)));
    }

    @Test
    void concatenationsAreCountedUpToTheLimit() throws ParseException {
        BoundedBibTeX.parse("@article{x, title = " + "{a} # ".repeat(MAX_CONCATENATIONS) + "{b}}");
        assertRefused("@article{x, title = " + "{a} # ".repeat(MAX_CONCATENATIONS + 1) + "{b}}",
                "more than " + MAX_CONCATENATIONS + " concatenations");
    }

    @Test
    void macrosMayNestToTheLimitAndNoDeeper() throws ParseException {
        BoundedBibTeX.parse(chain(MAX_MACRO_DEPTH));
        assertRefused(chain(MAX_MACRO_DEPTH + 1), "@string macros more than " + MAX_MACRO_DEPTH + " deep");
        assertRefused(chain(20_000), "@string macros more than " + MAX_MACRO_DEPTH + " deep");
    }

    @Test
    void theEntryMayHoldTheLimitInTextAndNoMore() throws ParseException {
        BoundedBibTeX.parse(entry("a".repeat(MAX_TEXT)));
        assertRefused(entry("a".repeat(MAX_TEXT + 1)), "entry holds more than 65,536 characters");
        assertRefused("@string{s = {" + "a".repeat(MAX_TEXT / 2) + "}}@article{x, title = {b}, note = s # s}",
                "entry holds more than 65,536 characters");
    }

    @Test
    void macroUsesTogetherExpandToTheLimitAtMost() {
        // Each use counts what it expands to, whether or not the entry ends up using it.
        String half = "@string{s = {" + "a".repeat(MAX_TEXT / 2) + "}}";
        assertRefused(half + "@string{t = s # s # s}@article{x, title = {T}}", "macros expand to more than 65,536");
        // Empty macros expand to nothing, yet doubling them is work: each piece counts at least one character.
        StringBuilder empty = new StringBuilder("@string{e0 = {}}");
        for (int i = 1; i <= 40; i++) {
            empty.append("@string{e").append(i).append(" = e").append(i - 1).append(" # e").append(i - 1).append('}');
        }
        assertRefused(empty + "@article{x, title = e40}", "macros expand to more than");
    }

    @Test
    void crossrefIsRefused() {
        assertRefused("@article{x, crossref = {x}, title = {T}}", "crossref");
        assertRefused("@article{x, crossref = {y}, title = {T}}", "crossref");
    }

    @Test
    void includeIsRefusedHoweverItIsWritten() {
        for (String body : List.of("@include{/dev/null}", "@ INCLUDE {/dev/null}", "@%c\ninclude{/dev/null}",
                "@%c\rInclude\n{/dev/null}", "@%@x\ninclude{/dev/null}", "@article{x, title={a@%b}}@include{/dev/null}",
                "@%\\\ninclude{/dev/null}")) {
            assertRefused(body, "@include");
        }
    }

    @Test
    void textThatMentionsIncludeIsRead() throws ParseException {
        BoundedBibTeX.parse("@article{x, title = {We include all}, note = {write to refs@include.org}}");
    }

    /**
     * Random bodies of BibTeX's pieces, shaped like an @include with blanks, comments and other pieces between:
     * wherever jbibtex reads an @include, it is refused.
     */
    @Test
    void everyIncludeJBibTeXReadsIsSpotted() throws ParseException {
        List<String> pieces = List.of("@", "%", "\n", "\r", " ", "\t", "x", "}", "{", "\\", ",", "=", "@comment{c}",
                "@article{k, t={a}}", "{a@%b}");
        List<String> keywords = List.of("include", "INCLUDE", "InClUdE", "inc lude", "includes");
        Random random = new Random(14);
        int includes = 0;
        for (int n = 0; n < 10_000; n++) {
            String body = pieces(random, pieces, 3) + "@" + pieces(random, pieces, 3)
                    + keywords.get(random.nextInt(keywords.size())) + pieces(random, pieces, 2) + "{/dev/null}"
                    + pieces(random, pieces, 2);
            if (jbibtexIncludes(body)) {
                includes++;
                try {
                    BoundedBibTeX.parse(body);
                    fail("not refused: " + body);
                } catch (ProblemException e) {
                    assertTrue(e.getMessage().contains("@include"), body + ": " + e.getMessage());
                } catch (ParseException e) {
                    fail("parsed with its @include: " + body);
                }
            }
        }
        assertTrue(includes > 500, "too few bodies with an @include to tell: " + includes);
    }

    private static String pieces(Random random, List<String> pieces, int most) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())));
        }
        return text.toString();
    }

    private static boolean jbibtexIncludes(String body) throws ParseException {
        BibTeXParser parser = new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
            }
        };
        BibTeXDatabase database;
        try {
            database = parser.parse(new StringReader(body));
        } catch (ParseException | RuntimeException e) {
            // What it read before the error, an @include among it.
            database = parser.getDatabase();
        }
        return database != null && database.getObjects().stream().anyMatch(BibTeXInclude.class::isInstance);
    }

    private static void assertRefused(String body, String detail) {
        ProblemException e = assertThrows(ProblemException.class, () -> BoundedBibTeX.parse(body));
        assertEquals(400, e.status().getStatusCode());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    private static String entry(String title) {
        return "@article{x, title = {" + title + "}}";
    }

    private static String nested(int depth) {
        return "{".repeat(depth) + "t" + "}".repeat(depth);
    }

    /** An entry whose title is a macro {@code depth} deep: s1 is text, each next one names the one before. */
    private static String chain(int depth) {
        StringBuilder body = new StringBuilder("@string{s1 = {text}}");
        for (int i = 2; i <= depth; i++) {
            body.append("@string{s").append(i).append(" = s").append(i - 1).append('}');
        }
        return body.append("@article{x, title = s").append(depth).append('}').toString();
    }
}
