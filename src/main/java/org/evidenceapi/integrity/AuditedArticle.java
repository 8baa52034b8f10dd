package org.evidenceapi.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evidenceapi.article.StoredSection;
import org.evidenceapi.claim.Claim;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.study.StudySummary;

/**
 * What the integrity check reads of one article, all loaded up front: claims (with citations and studies), the
 * bibliography, the article's studies with the papers reporting them, and the body for [n] in the text.
 */
final class AuditedArticle {
    /** A bibliography entry: the number [n] and the paper. */
    record Entry(int number, Reference reference) {
    }

    /**
     * A paper a claim rests on: cited as [number] (null when the bibliography does not list it), or reporting one
     * of the claim's studies ({@code study}, else null).
     */
    record Support(Claim claim, Reference reference, Integer number, StudySummary study) {
    }

    final List<Claim> claims;
    final List<Entry> bibliography;
    final List<StudySummary> studies;
    final List<StoredSection> sections;
    private final Map<Integer, Reference> byNumber = new HashMap<>();
    private final Map<UUID, Integer> firstNumber = new HashMap<>();

    AuditedArticle(List<Claim> claims, List<ArticleReference> bibliography, List<StudySummary> studies,
            List<StoredSection> sections) {
        this.claims = claims;
        this.bibliography = bibliography.stream().map(e -> new Entry(e.citationNumber, e.reference)).toList();
        this.studies = studies;
        this.sections = sections;
        this.bibliography.forEach(e -> {
            byNumber.put(e.number(), e.reference());
            firstNumber.putIfAbsent(e.reference().id, e.number());
        });
    }

    Reference reference(int number) {
        return byNumber.get(number);
    }

    /** The first number the article lists this paper under, or null when it does not list it. */
    Integer numberOf(Reference reference) {
        return firstNumber.get(reference.id);
    }

    /** Each distinct paper of the bibliography once, under its first number. */
    List<Entry> distinctReferences() {
        return bibliography.stream().filter(e -> e.number() == numberOf(e.reference())).toList();
    }

    /** For every claim in order, the papers it rests on, each once: those it cites, then those of its studies. */
    List<Support> supports() {
        List<Support> supports = new ArrayList<>();
        for (Claim claim : claims) {
            Map<UUID, Support> papers = new LinkedHashMap<>();
            for (Integer number : claim.citations) {
                Reference cited = byNumber.get(number);
                if (cited != null) {
                    papers.putIfAbsent(cited.id, new Support(claim, cited, number, null));
                }
            }
            for (StudySummary study : claim.studies) {
                Support known = papers.get(study.referenceId);
                if (known == null || known.study() == null) {
                    Reference paper = study.reference;
                    Integer number = known == null ? numberOf(paper) : known.number();
                    papers.put(paper.id, new Support(claim, paper, number, study));
                }
            }
            supports.addAll(papers.values());
        }
        return supports;
    }
}
