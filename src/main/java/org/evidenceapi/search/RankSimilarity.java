package org.evidenceapi.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;

/**
 * Scores like PostgreSQL's {@code ts_rank} does in spirit: by where the words occur (the field's weight) and how
 * often, with diminishing returns, but neither by document length nor by how rare a word is in the library. A
 * hit's score thus depends on the hit alone, as a cursor needs when the library changes between pages.
 */
final class RankSimilarity extends BM25Similarity {
    RankSimilarity() {
        super(1.2f, 0f);
    }

    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics term) {
        return Explanation.match(1f, "rarity ignored");
    }

    @Override
    public Explanation idfExplain(CollectionStatistics collection, TermStatistics[] terms) {
        return Explanation.match(1f, "rarity ignored");
    }
}
