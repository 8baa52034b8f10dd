package org.evidenceapi.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * The embedded index's files, its writer and its searchers, and the content version it holds: the newest revision
 * whose changes it has taken in, kept in each Lucene commit's user data so that it survives a restart together with
 * the documents it describes (a crash loses both or neither).
 */
final class LuceneIndex implements AutoCloseable {
    static final String CONTENT_VERSION = "content-version";
    /** What the documents hold; an index written for another layout is rebuilt (2: studies attributed to the
     * articles they are attached to, no longer to every article citing their paper). */
    static final String LAYOUT = "layout";
    static final String CURRENT_LAYOUT = "2";

    private final IndexWriter writer;
    private final SearcherManager searchers;

    private LuceneIndex(Directory directory) throws IOException {
        writer = new IndexWriter(directory, new IndexWriterConfig(new EnglishAnalyzer())
                .setSimilarity(new RankSimilarity()).setCommitOnClose(false));
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new RankSimilarity());
                return searcher;
            }
        });
    }

    /**
     * The index in this folder (memory-mapped; fresh segments under 2 MB, at most 8 MB of them, stay on the heap
     * until merged or committed), created if there is none; or, without a folder, one in memory.
     */
    static LuceneIndex open(Path folder) {
        try {
            return new LuceneIndex(folder == null ? new ByteBuffersDirectory()
                    : new NRTCachingDirectory(FSDirectory.open(folder), 2, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("opening the search index in " + folder, e);
        }
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** The content version of the last commit, if the index was ever committed. */
    OptionalLong contentVersion() {
        Map<String, String> data = new java.util.HashMap<>();
        writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        return data.containsKey(CONTENT_VERSION) && CURRENT_LAYOUT.equals(data.get(LAYOUT))
                ? OptionalLong.of(Long.parseLong(data.get(CONTENT_VERSION))) : OptionalLong.empty();
    }

    /** Makes everything written so far durable, as the state of this content version. */
    void commit(long contentVersion) throws IOException {
        writer.setLiveCommitData(Map.of(CONTENT_VERSION, Long.toString(contentVersion), LAYOUT, CURRENT_LAYOUT)
                .entrySet());
        writer.commit();
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Closes without committing: what the last commit does not hold is caught up at the next start. */
    @Override
    public void close() throws IOException {
        searchers.close();
        writer.rollback();
    }
}
