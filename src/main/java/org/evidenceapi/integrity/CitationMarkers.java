package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.evidenceapi.article.StoredSection;

/** The [n] citation markers of an article's text: "[4]", "[1, 2]", "[3–5]" (a range, up to 50 numbers). */
final class CitationMarkers {
    /** A marker the text shows, and the heading of the section it is in (null for the introduction). */
    record Marker(int number, String sectionHeading) {
    }

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,6}(?:\\s*[-–]\\s*\\d{1,6})?"
            + "(?:\\s*,\\s*\\d{1,6}(?:\\s*[-–]\\s*\\d{1,6})?)*)]");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");
    private static final int LONGEST_RANGE = 50;

    private CitationMarkers() {
    }

    /** Every marker in paragraphs, quotes, list items and captions, in reading order. */
    static List<Marker> in(List<StoredSection> sections) {
        List<Marker> markers = new ArrayList<>();
        for (StoredSection section : sections) {
            section.blocks.stream()
                    .flatMap(b -> Stream.concat(Stream.of(b.text, b.caption), b.items.stream()))
                    .filter(Objects::nonNull)
                    .forEach(text -> numbers(text).forEach(n -> markers.add(new Marker(n, section.heading))));
        }
        return markers;
    }

    static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher marker = MARKER.matcher(text);
        while (marker.find()) {
            for (String part : marker.group(1).split(",")) {
                numbers.addAll(expand(part.strip()));
            }
        }
        return numbers;
    }

    /** "3–5" is 3, 4, 5; a range longer than 50 is taken as its two ends rather than read as thousands. */
    private static List<Integer> expand(String part) {
        Matcher range = RANGE.matcher(part);
        if (!range.matches()) {
            return List.of(Integer.valueOf(part));
        }
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (to < from || to - from > LONGEST_RANGE) {
            return List.of(from, to);
        }
        List<Integer> all = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            all.add(n);
        }
        return all;
    }
}
