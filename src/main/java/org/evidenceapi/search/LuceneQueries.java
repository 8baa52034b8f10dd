package org.evidenceapi.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a search into a Lucene query that matches what PostgreSQL's {@code @@} matches and ranks close to its
 * {@code ts_rank}: every part must occur in some field, a field counts by its weight, and words standing together
 * (as ts_rank rewards proximity) add a phrase bonus.
 */
final class LuceneQueries {
    /** B and D weigh less against A than in PostgreSQL (0.4, 0.1), as BM25 saturates repeated words sooner. */
    private static final Map<String, Float> WEIGHTS = Map.of(
            LuceneDocuments.PRIMARY, 1f, LuceneDocuments.SECONDARY, 0.3f, LuceneDocuments.OTHER, 0.1f);
    private static final float NEARBY_BONUS = 10f;
    private static final int NEARBY_SLOP = 2;

    private LuceneQueries() {
    }

    static Query of(SearchQuery query, SearchFilter filter, EnglishAnalyzer english) {
        QueryBuilder builder = new QueryBuilder(english);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        List<List<String>> words = query.wordStems(english);
        words.forEach(stems -> all.add(anyField(f -> anyOf(f, stems)), Occur.MUST));
        query.phrases().forEach(p -> all.add(anyField(f -> builder.createPhraseQuery(f, p)), Occur.MUST));
        query.prefixStems(english).forEach(p -> all.add(anyField(f -> new PrefixQuery(new Term(f, p))), Occur.MUST));
        if (words.size() > 1) {
            String together = String.join(" ", query.words());
            all.add(new BoostQuery(anyField(f -> builder.createPhraseQuery(f, together, NEARBY_SLOP)), NEARBY_BONUS),
                    Occur.SHOULD);
        }
        filter(all, filter);
        return all.build();
    }

    private static void filter(BooleanQuery.Builder all, SearchFilter filter) {
        BooleanQuery.Builder kinds = new BooleanQuery.Builder();
        filter.kinds().forEach(k -> kinds.add(term(LuceneDocuments.KIND, k.name()), Occur.SHOULD));
        all.add(kinds.build(), Occur.FILTER);
        if (filter.concernsArticles()) {
            all.add(term(LuceneDocuments.SCOPE, LuceneDocuments.scope(filter)), Occur.FILTER);
        }
        if (filter.design() != null) {
            all.add(term(LuceneDocuments.DESIGN, filter.design().name()), Occur.FILTER);
        }
        if (filter.certainty() != null) {
            all.add(term(LuceneDocuments.CERTAINTY, filter.certainty().name()), Occur.FILTER);
        }
    }

    /** The part in any text field, each match counting by its field's weight. */
    private static Query anyField(Function<String, Query> part) {
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        WEIGHTS.forEach((field, weight) -> {
            Query q = part.apply(field);
            if (q != null) {
                fields.add(new BoostQuery(q, weight), Occur.SHOULD);
            }
        });
        return fields.build();
    }

    /** A word as any of its stems (SearchQuery#wordStems). */
    private static Query anyOf(String field, List<String> stems) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        stems.forEach(stem -> any.add(new TermQuery(new Term(field, stem)), Occur.SHOULD));
        return any.build();
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
