package org.evidenceapi.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.ReferenceName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How findings name papers and cut long texts. */
@Tag("unit")
class MentionsTest {
    @Test
    void namesAListedPaperByNumberFirstAuthorAndYear() {
        assertEquals("[9] (Vickers 2018)", Mentions.reference(paper(person("Vickers"), 2018), 9));
        assertEquals("[3] (World Health Organization 2020)",
                Mentions.reference(paper(organisation("World Health Organization"), 2020), 3));
        assertEquals("[5] (Vickers)", Mentions.reference(paper(person("Vickers"), null), 5));
        assertEquals("[6] (2018)", Mentions.reference(paper(null, 2018), 6));
        assertEquals("[7]", Mentions.reference(paper(null, null), 7));
    }

    @Test
    void namesAnUnlistedPaperByItsTitle() {
        assertEquals("the unlisted paper \"Acupuncture for chronic pain\"",
                Mentions.reference(paper(person("Vickers"), 2018), null));
    }

    @Test
    void keepsATextOfSixtyCharacters() {
        String sixty = "a".repeat(60);
        assertEquals(sixty, Mentions.excerpt(sixty));
    }

    @Test
    void cutsALongerTextAtAWordAndDropsTheStopBeforeTheCut() {
        assertEquals("a".repeat(55) + "…", Mentions.excerpt("a".repeat(55) + " bcdefgh ij"));
        assertEquals("a".repeat(50) + " bbbbbbbb…", Mentions.excerpt("a".repeat(50) + " bbbbbbbb, cccccccc"));
    }

    @Test
    void cutsAWordLongerThanTheExcerptAtSixty() {
        assertEquals("x".repeat(60) + "…", Mentions.excerpt("x".repeat(70)));
    }

    private static Reference paper(ReferenceName author, Integer year) {
        Reference paper = new Reference();
        paper.title = "Acupuncture for chronic pain";
        paper.year = year;
        if (author != null) {
            paper.authors.add(author);
        }
        return paper;
    }

    private static ReferenceName person(String family) {
        ReferenceName name = new ReferenceName();
        name.family = family;
        name.given = "Andrew J.";
        return name;
    }

    private static ReferenceName organisation(String literal) {
        ReferenceName name = new ReferenceName();
        name.literal = literal;
        return name;
    }
}
