package org.evidenceapi.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An article's bibliography as evidence summaries read it: which paper each citation number names, and each
 * paper's update status, so that a summary can say when a claim rests on a retracted paper.
 */
public final class Bibliography {
    public static final Bibliography EMPTY = new Bibliography();

    private final Map<Integer, UUID> papers = new TreeMap<>();
    private final Map<UUID, UpdateStatus> statuses = new HashMap<>();

    public static Bibliography of(Collection<ArticleReference> entries) {
        Bibliography bibliography = new Bibliography();
        entries.forEach(e -> bibliography.add(e.citationNumber, e.reference.id, e.reference.updateStatus));
        return bibliography;
    }

    void add(int number, UUID paper, UpdateStatus status) {
        papers.put(number, paper);
        statuses.put(paper, status == null ? UpdateStatus.NONE : status);
    }

    /** The paper cited as [number], or null when the bibliography has no such entry. */
    public UUID paper(Integer number) {
        return papers.get(number);
    }

    /** A paper's update status; NONE for a paper the bibliography does not list. */
    public UpdateStatus status(UUID paper) {
        return statuses.getOrDefault(paper, UpdateStatus.NONE);
    }

    /** Each paper's lowest number: a paper listed twice is named by its first entry. */
    public Map<UUID, Integer> firstNumbers() {
        Map<UUID, Integer> numbers = new HashMap<>();
        papers.forEach((number, paper) -> numbers.putIfAbsent(paper, number));
        return numbers;
    }
}
