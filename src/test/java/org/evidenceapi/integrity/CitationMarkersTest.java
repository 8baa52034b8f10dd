package org.evidenceapi.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.evidenceapi.article.StoredBlock;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.integrity.CitationMarkers.Marker;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The numbers an article's text cites: single, listed and ranged markers. */
@Tag("unit")
class CitationMarkersTest {
    @ParameterizedTest(name = "{0} cites {1}")
    @CsvSource(delimiter = '|', textBlock = """
            As shown before [4].                | [4]
            Two papers [1, 2] agree.            | [1, 2]
            A range [3–5] with an en dash       | [3, 4, 5]
            A range [3-5] with a hyphen         | [3, 4, 5]
            Spaced [3 – 5 ,7]                   | [3, 4, 5, 7]
            Mixed [1, 3–5, 9] markers           | [1, 3, 4, 5, 9]
            In order [2] then [1]               | [2, 1]
            Backwards [5–3]                     | [5, 3]
            Too long a range [1–100]            | [1, 100]
            """)
    void readsTheNumbers(String text, String numbers) {
        assertEquals(numbers, CitationMarkers.numbers(text).toString());
    }

    @Test
    void expandsARangeOfFiftyButNotOfMore() {
        assertEquals(IntStream.rangeClosed(1, 51).boxed().toList(), CitationMarkers.numbers("[1–51]"));
        assertEquals(List.of(1, 52), CitationMarkers.numbers("[1–52]"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"No markers", "[]", "[a]", "[1,]", "[1234567]", "(1)", "[ 1]"})
    void ignoresWhatIsNoMarker(String text) {
        assertEquals(List.of(), CitationMarkers.numbers(text));
    }

    @Test
    void readsParagraphsCaptionsAndListItemsInReadingOrderWithTheirSection() {
        StoredSection introduction = section(null, block("Intro [1].", null), block(null, "Figure [2]."));
        StoredSection methods = section("Methods", block("None here.", null, "Item [3]", "Item [4, 5]"));
        assertEquals(List.of(new Marker(1, null), new Marker(2, null), new Marker(3, "Methods"),
                new Marker(4, "Methods"), new Marker(5, "Methods")), CitationMarkers.in(List.of(introduction, methods)));
    }

    private static StoredSection section(String heading, StoredBlock... blocks) {
        StoredSection section = new StoredSection();
        section.heading = heading;
        section.blocks.addAll(List.of(blocks));
        return section;
    }

    private static StoredBlock block(String text, String caption, String... items) {
        StoredBlock block = new StoredBlock();
        block.text = text;
        block.caption = caption;
        block.items.addAll(List.of(items));
        return block;
    }
}
