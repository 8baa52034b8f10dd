package org.evidenceapi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts the passage of a hit that matched and marks the matching words, the same way whichever engine found it:
 * a word is marked when its stem is one the query matches or starts with one of its prefixes. The text is
 * HTML-escaped, so the only markup is {@code <mark>}.
 */
final class Snippets {
    private static final int LENGTH = 220;
    private static final int LEAD = 60;

    private record Span(int start, int end) {
    }

    private Snippets() {
    }

    /** From the first of {@code texts} (in order of weight) that matches; the first text unmarked otherwise. */
    static String of(List<String> texts, List<String> stems, List<String> prefixes, EnglishAnalyzer english) {
        for (String text : texts) {
            List<Span> marks = text == null ? List.of() : matches(text, stems, prefixes, english);
            if (!marks.isEmpty()) {
                return cut(text, marks);
            }
        }
        return texts.stream().filter(t -> t != null && !t.isBlank()).findFirst().map(t -> cut(t, List.of())).orElse("");
    }

    private static List<Span> matches(String text, List<String> stems, List<String> prefixes, EnglishAnalyzer english) {
        List<Span> spans = new ArrayList<>();
        try (TokenStream stream = english.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String stem = term.toString();
                if (stems.contains(stem) || prefixes.stream().anyMatch(stem::startsWith)) {
                    spans.add(new Span(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string", e);
        }
        return spans;
    }

    private static String cut(String text, List<Span> marks) {
        int start = 0;
        if (text.length() > LENGTH && !marks.isEmpty() && marks.get(0).start() > LEAD) {
            start = Math.min(wordStart(text, marks.get(0).start() - LEAD), marks.get(0).start());
        }
        int end = text.length() <= start + LENGTH ? text.length() : wordEnd(text, start + LENGTH);
        StringBuilder html = new StringBuilder(start > 0 ? "…" : "");
        int at = start;
        for (Span mark : marks) {
            if (mark.start() >= at && mark.end() <= end) {
                escape(html, text.substring(at, mark.start()));
                escape(html.append("<mark>"), text.substring(mark.start(), mark.end()));
                html.append("</mark>");
                at = mark.end();
            }
        }
        escape(html, text.substring(at, end));
        return html.append(end < text.length() ? "…" : "").toString();
    }

    private static int wordStart(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 ? from : space + 1;
    }

    private static int wordEnd(String text, int from) {
        int space = text.lastIndexOf(' ', from);
        return space <= 0 ? from : space;
    }

    private static void escape(StringBuilder html, String text) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
