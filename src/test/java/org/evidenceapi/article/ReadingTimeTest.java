package org.evidenceapi.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reading time: every word a reader sees counts, rounded up to whole minutes, never below one. */
@Tag("unit")
class ReadingTimeTest {
    @Test
    void anEmptyBodyTakesOneMinute() {
        assertEquals(1, ReadingTime.minutes(List.of()));
        assertEquals(1, ReadingTime.minutes(List.of(new Section(null, List.of()))));
    }

    @Test
    void twoHundredWordsTakeOneMinuteAndOneMoreTakesTwo() {
        assertEquals(1, ReadingTime.minutes(List.of(section(paragraph(words(200))))));
        assertEquals(2, ReadingTime.minutes(List.of(section(paragraph(words(201))))));
    }

    @Test
    void countsHeadingsParagraphsListItemsCaptionsAndQuotes() {
        Section section = new Section(words(40), List.of(
                paragraph(words(40)),
                new Block(BlockType.LIST, null, List.of(words(30), words(10)), null, null, null, null),
                new Block(BlockType.FIGURE, null, null, words(40), "alt text is not read", "https://example.org/f.png",
                        null),
                new Block(BlockType.QUOTE, words(40), null, null, null, null, "Attribution Is Not Counted")));
        assertEquals(1, ReadingTime.minutes(List.of(section)));
        assertEquals(2, ReadingTime.minutes(List.of(section, section(paragraph("one")))));
    }

    @Test
    void sumsAllSections() {
        assertEquals(3, ReadingTime.minutes(List.of(section(paragraph(words(150))), section(paragraph(words(150))),
                section(paragraph(words(150))))));
    }

    @Test
    void anyRunOfWhitespaceSeparatesWords() {
        String spaced = "  one\ttwo\n\nthree   " + words(197) + "  ";
        assertEquals(1, ReadingTime.minutes(List.of(section(paragraph(spaced)))));
        assertEquals(1, ReadingTime.minutes(List.of(section(paragraph("   \n\t ")))));
    }

    private static Section section(Block... blocks) {
        return new Section(null, List.of(blocks));
    }

    private static Block paragraph(String text) {
        return new Block(BlockType.PARAGRAPH, text, null, null, null, null, null);
    }

    private static String words(int count) {
        return String.join(" ", Collections.nCopies(count, "word"));
    }
}
