package org.evidenceapi.article;

import java.util.List;
import java.util.stream.Stream;

/** Reading time from the body's word count, at the 200 words a minute usual for non-fiction. */
public final class ReadingTime {
    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    public static int minutes(List<Section> sections) {
        long words = sections.stream()
                .flatMap(s -> Stream.concat(Stream.ofNullable(s.heading()), s.blocks().stream().flatMap(ReadingTime::texts)))
                .mapToLong(ReadingTime::words)
                .sum();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    private static Stream<String> texts(Block block) {
        return Stream.concat(Stream.of(block.text(), block.caption()),
                block.items() == null ? Stream.empty() : block.items().stream());
    }

    private static long words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
