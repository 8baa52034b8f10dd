package org.evidenceapi.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.http.RetryLater;
import org.jboss.logging.Logger;

/**
 * The embedded engine: a Lucene index in files next to the H2 database (EVIDENCE_SEARCH_INDEX_DIRECTORY; in
 * memory without one), brought up to date after every commit that touches searchable content
 * (SearchChangeCollector), before the writing request answers. An embedded H2 database is opened by one process, so
 * this one index sees every write.
 * <p>
 * Changes reach the disk in a Lucene commit at most a second later, stamped with the content version they bring
 * the index to: the newest revision once no transaction with searchable changes is still on its way. At start the
 * index is used as it is if that version is the database's newest; if the database is newer (a crash between a
 * database commit and an index commit, or writes while the index was elsewhere) it catches up what the audit
 * tables show changed since; if the index is missing or newer than the database (a restored or replaced database),
 * it is rebuilt. A large catch-up and a rebuild run in the background: the service starts at once and search
 * answers 503 with Retry-After until the index is complete.
 */
@ApplicationScoped
@Typed(LuceneSearch.class) // injected as SearchEngine only through SearchEngines' choice
public class LuceneSearch implements SearchEngine {
    private static final Logger LOG = Logger.getLogger(LuceneSearch.class);
    private static final long COMMIT_INTERVAL_MS = 1000;
    /** A catch-up of at most this many articles and studies runs before the service answers. */
    private static final int CATCH_UP_AT_START = 200;
    private static final long RETRY_AFTER_SECONDS = 10;
    private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(LuceneDocuments.KIND, SortField.Type.STRING),
            new SortField(LuceneDocuments.ID, SortField.Type.STRING));
    private static final Sort REVERSED = new Sort(new SortField(null, SortField.Type.SCORE, true),
            new SortField(LuceneDocuments.KIND, SortField.Type.STRING, true),
            new SortField(LuceneDocuments.ID, SortField.Type.STRING, true));

    /** The configured folder, or a test's. */
    Optional<Path> folder;
    @Inject
    SearchSources sources;
    @Inject
    SearchChangeCollector collector;

    @Inject
    void configure(EvidenceConfig config) {
        folder = config.search().indexDirectory();
    }

    private final EnglishAnalyzer english = new EnglishAnalyzer();
    private LuceneIndex index;
    private IndexUpdates updates;
    private ScheduledExecutorService background;
    private volatile boolean ready;
    /** The content version the index holds, once known; guarded by this, like every write to the index. */
    private long taken = -1;
    private long committed = -1;
    /** Whether something was taken in that the last commit does not hold. */
    private boolean dirty;
    /** The newest revision at the last look, and whether other writes were on their way then, so not taken. */
    private long seen = -1;
    private boolean behind;

    @Override
    public synchronized void open() {
        if (index != null) {
            return;
        }
        index = LuceneIndex.open(folder.orElse(null));
        updates = new IndexUpdates(index, sources);
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        OptionalLong stored = index.contentVersion();
        long newest = inTransaction(sources::newestRevision);
        if (stored.isPresent() && stored.getAsLong() <= newest) {
            catchUp(stored.getAsLong());
        } else {
            rebuild(stored, newest);
        }
        background.scheduleWithFixedDelay(this::commit, COMMIT_INTERVAL_MS, COMMIT_INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void changed(SearchChanges changes) {
        open();
        synchronized (this) {
            inTransaction(() -> {
                updates.apply(changes);
                return null;
            });
            advance(1); // this transaction is still counted
            dirty = true;
        }
        refresh();
    }

    @Override
    public List<ScoredHit> hits(SearchQuery query, SearchFilter filter, ScoredHit after, boolean backward, int limit) {
        if (!ready) {
            throw RetryLater.unavailable("The search index is being rebuilt; try again in a few seconds.",
                    RETRY_AFTER_SECONDS);
        }
        try {
            IndexSearcher searcher = index.searchers().acquire();
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
                index.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("searching the search index", e);
        }
    }

    /** Whether searches are answered; false while the index is rebuilt or catches up in the background. */
    boolean ready() {
        return ready;
    }

    @Override
    public synchronized void close() {
        if (index == null) {
            return;
        }
        background.shutdownNow();
        commit();
        ready = false;
        try {
            index.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index failed; the next start catches up", e);
        }
        index = null;
    }

    /** Takes in what changed since the index's version: before answering if little, else in the background. */
    private void catchUp(long stored) {
        taken = stored;
        committed = stored;
        SearchChanges missed = inTransaction(() -> sources.changedSince(stored));
        int size = missed.articles().size() + missed.studies().size();
        if (size <= CATCH_UP_AT_START) {
            inTransaction(() -> {
                updates.apply(missed);
                return null;
            });
            finish("caught up " + size + " articles and studies");
            return;
        }
        LOG.infof("The search index is behind the database by %d articles and studies: catching up", size);
        background.execute(() -> {
            inBatches(missed.articles(), ids -> updates.apply(new SearchChanges(Set.copyOf(ids), Set.of())));
            inBatches(missed.studies(), updates::indexStudies);
            finish("caught up " + size + " articles and studies");
        });
    }

    /** Indexes every article and study anew; at once for a new database, which has none. */
    private void rebuild(OptionalLong stored, long newest) {
        write(() -> index.writer().deleteAll());
        if (newest == 0) {
            finish("created the search index");
            return;
        }
        LOG.infof("The search index %s: rebuilding it", stored.isEmpty() ? "is missing"
                : "is newer than the database (version " + stored.getAsLong() + " > " + newest + ")");
        long started = System.nanoTime();
        background.execute(() -> {
            int articles = forEachBatch(sources::articleIds, updates::indexArticles);
            int studies = forEachBatch(sources::studyIds, updates::indexStudies);
            finish(String.format("rebuilt the search index: %d articles and %d studies in %d ms", articles, studies,
                    (System.nanoTime() - started) / 1_000_000));
        });
    }

    private synchronized void finish(String what) {
        refresh();
        advance(0);
        dirty = true;
        ready = true;
        LOG.infof("Search: %s (content version %d)", what, taken);
    }

    /**
     * Notes the newest revision as taken in, unless another transaction's changes are still on their way (read
     * first: a transaction counted later writes its revision later, so a newer one).
     */
    private void advance(int own) {
        seen = inTransaction(sources::newestRevision);
        behind = collector.inFlight() > own;
        if (!behind) {
            taken = seen;
        }
    }

    /**
     * Makes what was taken in durable, stamped with the newest version known to be complete. Reads nothing from
     * the database: once no write is on its way, every write that was on its way at the last look has landed.
     */
    private synchronized void commit() {
        if (!ready || !dirty) {
            return;
        }
        try {
            if (behind && collector.inFlight() == 0) {
                taken = seen;
                behind = false;
            }
            if (taken >= 0 && (taken != committed || index.writer().hasUncommittedChanges())) {
                index.commit(taken);
                committed = taken;
            }
            dirty = behind; // until a look finds no write on its way
        } catch (IOException | RuntimeException e) {
            LOG.warn("Committing the search index failed; trying again", e);
        }
    }

    /** Indexes every id {@code next} pages through, a batch at a time; returns how many. */
    private int forEachBatch(BiFunction<UUID, Integer, List<UUID>> next, Consumer<List<UUID>> index) {
        int count = 0;
        List<UUID> batch = inTransaction(() -> next.apply(null, IndexUpdates.BATCH));
        while (!batch.isEmpty()) {
            List<UUID> ids = batch;
            inLock(() -> index.accept(ids));
            count += ids.size();
            UUID last = ids.get(ids.size() - 1);
            batch = inTransaction(() -> next.apply(last, IndexUpdates.BATCH));
        }
        return count;
    }

    private void inBatches(Set<UUID> ids, Consumer<List<UUID>> index) {
        IndexUpdates.batches(ids).forEach(batch -> inLock(() -> index.accept(batch)));
    }

    /** One batch read and written while no commit's changes are taken in, so the newer state always wins. */
    private synchronized void inLock(Runnable batch) {
        inTransaction(() -> {
            batch.run();
            return null;
        });
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException("updating the search index", e);
        }
    }

    private void refresh() {
        write(index::refresh);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
