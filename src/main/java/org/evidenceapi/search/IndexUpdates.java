package org.evidenceapi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.evidenceapi.search.SearchSources.ArticleText;
import org.evidenceapi.search.SearchSources.ClaimText;
import org.evidenceapi.search.SearchSources.Placement;
import org.evidenceapi.search.SearchSources.StudyText;

/**
 * Brings the index's documents for some articles (their claims included) and study summaries in line with the
 * database, reading them a batch at a time. Runs inside the caller's transaction; the caller keeps writes apart.
 */
final class IndexUpdates {
    static final int BATCH = 500;

    private final LuceneIndex index;
    private final SearchSources sources;

    IndexUpdates(LuceneIndex index, SearchSources sources) {
        this.index = index;
        this.sources = sources;
    }

    /** Takes in committed changes: the articles' documents, and those of every study they cite or cited. */
    void apply(SearchChanges changes) {
        Set<UUID> studies = new HashSet<>(changes.studies());
        for (List<UUID> articles : batches(changes.articles())) {
            studies.addAll(indexedStudiesOf(articles));
            studies.addAll(sources.studiesOfArticles(articles));
            indexArticles(articles);
        }
        batches(studies).forEach(this::indexStudies);
    }

    /** Replaces these articles' documents and their claims' (none for an article that is gone). */
    void indexArticles(Collection<UUID> ids) {
        List<ArticleText> articles = sources.articles(ids);
        Map<UUID, Placement> placements = new HashMap<>();
        articles.forEach(a -> placements.put(a.placement().id(), a.placement()));
        List<ClaimText> claims = sources.claimsOf(ids);
        write(writer -> {
            for (UUID id : ids) {
                writer.deleteDocuments(new Term(LuceneDocuments.KEY, LuceneDocuments.key(SearchKind.ARTICLE, id)));
                writer.deleteDocuments(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(LuceneDocuments.KIND, SearchKind.CLAIM.name())), Occur.FILTER)
                        .add(new TermQuery(new Term(LuceneDocuments.ARTICLE, id.toString())), Occur.FILTER).build());
            }
            for (ArticleText article : articles) {
                writer.addDocument(LuceneDocuments.article(article));
            }
            for (ClaimText claim : claims) {
                writer.addDocument(LuceneDocuments.claim(claim, placements.get(claim.articleId())));
            }
        });
    }

    /** Replaces these studies' documents, placed in the articles they belong to now. */
    void indexStudies(Collection<UUID> ids) {
        List<StudyText> studies = sources.studies(ids);
        Map<UUID, Set<UUID>> articlesOf = sources.articlesOfStudies(ids);
        Map<UUID, Placement> placements = sources.placements(
                articlesOf.values().stream().flatMap(Set::stream).distinct().toList());
        write(writer -> {
            for (UUID id : ids) {
                writer.deleteDocuments(new Term(LuceneDocuments.KEY, LuceneDocuments.key(SearchKind.STUDY, id)));
            }
            for (StudyText study : studies) {
                writer.addDocument(LuceneDocuments.study(study, articlesOf.getOrDefault(study.id(), Set.of()).stream()
                        .map(placements::get).toList()));
            }
        });
    }

    /** Studies the index places in these articles, which may have dropped them since. */
    private Set<UUID> indexedStudiesOf(Collection<UUID> articleIds) {
        BooleanQuery.Builder anyArticle = new BooleanQuery.Builder();
        articleIds.forEach(id -> anyArticle.add(new TermQuery(new Term(LuceneDocuments.ARTICLE, id.toString())),
                Occur.SHOULD));
        BooleanQuery studies = new BooleanQuery.Builder().add(anyArticle.build(), Occur.FILTER)
                .add(new TermQuery(new Term(LuceneDocuments.KIND, SearchKind.STUDY.name())), Occur.FILTER).build();
        Set<UUID> ids = new HashSet<>();
        try {
            index.refresh();
            IndexSearcher searcher = index.searchers().acquire();
            try {
                int count = searcher.count(studies); // a top-n for all of them would allocate n slots up front
                for (ScoreDoc hit : count == 0 ? new ScoreDoc[0] : searcher.search(studies, count).scoreDocs) {
                    ids.add(UUID.fromString(searcher.storedFields().document(hit.doc).get(LuceneDocuments.ID)));
                }
            } finally {
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the search index", e);
        }
        return ids;
    }

    private interface Write {
        void to(IndexWriter writer) throws IOException;
    }

    private void write(Write write) {
        try {
            write.to(index.writer());
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index", e);
        }
    }

    static List<List<UUID>> batches(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return batches;
    }
}
