package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.article.StoredBlock;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Reference;

/**
 * An article as the integrity rules read it, built in memory for the unit tests of those rules: papers listed
 * under numbers, claims citing numbers, and the body's text.
 */
final class Audit {
    private final List<ArticleReference> bibliography = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();
    private final List<StoredSection> sections = new ArrayList<>();

    /** A paper with this DOI (or none) and nothing else. */
    static Reference paper(String doi) {
        Reference paper = new Reference();
        paper.id = UUID.randomUUID();
        paper.title = "A paper";
        paper.doi = doi;
        return paper;
    }

    /** Lists the paper as [number]. */
    Audit lists(int number, Reference paper) {
        ArticleReference entry = new ArticleReference();
        entry.citationNumber = number;
        entry.reference = paper;
        bibliography.add(entry);
        return this;
    }

    /** A claim at the next position, citing these numbers. */
    Audit claim(Integer... citations) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.position = claims.size() + 1;
        claim.statement = "Claim number " + claim.position + ".";
        claim.citations.addAll(Arrays.asList(citations));
        claims.add(claim);
        return this;
    }

    /** A section whose one paragraph is this text. */
    Audit text(String heading, String text) {
        StoredSection section = new StoredSection();
        section.heading = heading;
        StoredBlock paragraph = new StoredBlock();
        paragraph.text = text;
        section.blocks.add(paragraph);
        sections.add(section);
        return this;
    }

    Claim claimAt(int position) {
        return claims.get(position - 1);
    }

    AuditedArticle article() {
        return new AuditedArticle(claims, bibliography, List.of(), sections);
    }
}
