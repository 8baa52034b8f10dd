package org.evidenceapi.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.IntStream;
import org.evidenceapi.common.RecordedStatements;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A batch import reads the library in a fixed number of statements, whatever the batch's size, and writes in JDBC
 * batches: statements grow with the rows per table over the JDBC batch size, not with the rows.
 */
@QuarkusTest
class BatchImportStatementCountTest {
    @Inject
    ArticleImporter importer;
    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;
    @Inject
    SessionFactory sessionFactory;

    @Test
    void readsAreAFixedFewAndWritesGoInJdbcBatches() {
        List<String> small = recorded.during(() -> importer.importBatch(documents("count-batch-small", 2)));
        Statistics stats = sessionFactory.getStatistics();
        stats.clear();
        List<String> large = recorded.during(() -> importer.importBatch(documents("count-batch-large", 20)));

        assertEquals(reads(small).size(), reads(large).size(), "reads for 2 documents vs 20");
        assertEquals(4, reads(large).size(), "authors, topics and articles by slug, references by DOI: " + large);
        long rows = stats.getEntityInsertCount() + stats.getCollectionRecreateCount();
        assertTrue(rows > 1_000, "rows written: " + rows);
        assertTrue(large.size() < 2 * small.size(), large.size() + " statements for 20 documents, "
                + small.size() + " for 2");
    }

    /** What the import reads before it writes (after its commit, the embedded search index reads on H2). */
    private static List<String> reads(List<String> statements) {
        return statements.stream().takeWhile(sql -> !sql.startsWith("insert")).toList();
    }

    private static List<ArticleDocument> documents(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> TestDocuments.article(prefix + "-" + i, 15, 10)).toList();
    }
}
