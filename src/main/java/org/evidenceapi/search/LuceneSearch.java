package org.evidenceapi.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.evidenceapi.search.SearchSources.ArticleText;
import org.evidenceapi.search.SearchSources.ClaimText;
import org.evidenceapi.search.SearchSources.Placement;
import org.evidenceapi.search.SearchSources.StudyText;

/**
 * The embedded engine: a Lucene index in memory, built from the database at start and brought up to date after
 * every commit that touches searchable content (SearchChangeCollector), before the writing request answers. An
 * embedded H2 database is opened by one process, so this one index sees every write.
 */
@ApplicationScoped
@Typed(LuceneSearch.class) // injected as SearchEngine only through SearchEngines' choice
public class LuceneSearch implements SearchEngine {
    private static final int BATCH = 500;
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(LuceneDocuments.KIND, SortField.Type.STRING),
            new SortField(LuceneDocuments.ID, SortField.Type.STRING));
    private static final Sort REVERSED = new Sort(new SortField(null, SortField.Type.SCORE, true),
            new SortField(LuceneDocuments.KIND, SortField.Type.STRING, true),
            new SortField(LuceneDocuments.ID, SortField.Type.STRING, true));

    private final EnglishAnalyzer english = new EnglishAnalyzer();
    private IndexWriter writer;
    private volatile SearcherManager searchers;

    @Inject
    SearchSources sources;

    @Override
    public synchronized void open() {
        if (searchers != null) {
            return;
        }
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(english)
                    .setSimilarity(new RankSimilarity()));
            QuarkusTransaction.requiringNew().run(() -> {
                batches(sources.articleIds()).forEach(this::indexArticles);
                batches(sources.studyIds()).forEach(this::indexStudies);
            });
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setSimilarity(new RankSimilarity());
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("opening an in-memory index", e);
        }
    }

    @Override
    public synchronized void changed(SearchChanges changes) {
        open();
        QuarkusTransaction.requiringNew().run(() -> {
            Set<UUID> studies = new HashSet<>(changes.studies());
            if (!changes.articles().isEmpty()) {
                studies.addAll(indexedStudiesOf(changes.articles()));
                studies.addAll(sources.studiesOfArticles(changes.articles()));
                indexArticles(changes.articles());
            }
            batches(studies).forEach(this::indexStudies);
        });
        refresh();
    }

    @Override
    public List<ScoredHit> hits(SearchQuery query, SearchFilter filter, ScoredHit after, boolean backward, int limit) {
        if (searchers == null) {
            open();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // the last doc id: of hits equal in every sort value (only the cursor's own), none comes after
                FieldDoc position = after == null ? null : new FieldDoc(searcher.getIndexReader().maxDoc() - 1,
                        after.score(), new Object[] {after.score(), new BytesRef(after.kind().name()),
                            new BytesRef(after.id().toString())});
                TopDocs top = searcher.searchAfter(position, LuceneQueries.of(query, filter, english), limit,
                        backward ? REVERSED : RELEVANCE, true);
                List<ScoredHit> hits = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    Document doc = searcher.storedFields().document(hit.doc);
                    hits.add(new ScoredHit(SearchKind.valueOf(doc.get(LuceneDocuments.KIND)),
                            UUID.fromString(doc.get(LuceneDocuments.ID)), hit.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index", e);
        }
    }

    /** Replaces these articles' documents and their claims' (none for an article that is gone). */
    private void indexArticles(Collection<UUID> ids) {
        List<ArticleText> articles = sources.articles(ids);
        Map<UUID, Placement> placements = new HashMap<>();
        articles.forEach(a -> placements.put(a.placement().id(), a.placement()));
        List<ClaimText> claims = sources.claimsOf(ids);
        update(() -> {
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
    private void indexStudies(Collection<UUID> ids) {
        List<StudyText> studies = sources.studies(ids);
        Map<UUID, Set<UUID>> articlesOf = sources.articlesOfStudies(ids);
        Map<UUID, Placement> placements = sources.placements(
                articlesOf.values().stream().flatMap(Set::stream).distinct().toList());
        update(() -> {
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
        refresh();
        BooleanQuery.Builder anyArticle = new BooleanQuery.Builder();
        articleIds.forEach(id -> anyArticle.add(new TermQuery(new Term(LuceneDocuments.ARTICLE, id.toString())),
                Occur.SHOULD));
        Set<UUID> ids = new HashSet<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                BooleanQuery studies = new BooleanQuery.Builder().add(anyArticle.build(), Occur.FILTER)
                        .add(new TermQuery(new Term(LuceneDocuments.KIND, SearchKind.STUDY.name())), Occur.FILTER)
                        .build();
                for (ScoreDoc hit : searcher.search(studies, Integer.MAX_VALUE).scoreDocs) {
                    ids.add(UUID.fromString(searcher.storedFields().document(hit.doc).get(LuceneDocuments.ID)));
                }
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching an in-memory index", e);
        }
        return ids;
    }

    private interface IndexUpdate {
        void run() throws IOException;
    }

    private void update(IndexUpdate update) {
        try {
            update.run();
        } catch (IOException e) {
            throw new UncheckedIOException("updating an in-memory index", e);
        }
    }

    private void refresh() {
        update(searchers::maybeRefreshBlocking);
    }

    private static List<List<UUID>> batches(Collection<UUID> ids) {
        List<UUID> all = new ArrayList<>(ids);
        List<List<UUID>> batches = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return batches;
    }
}
