package org.evidenceapi.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.evidenceapi.common.H2Plans;
import org.evidenceapi.common.RecordedStatements;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;

/** A page of the feed costs what its entries cost, whatever the size of the library behind it. */
@QuarkusTest
class ChangeFeedStatementsTest {
    @Inject
    ArticleImporter importer;
    @Inject
    @PersistenceUnitExtension
    RecordedStatements recorded;
    @Inject
    DataSource dataSource;

    @Test
    void aPageOfTheSameChangesCostsTheSameInALargerLibrary() {
        // the first import also creates the shared test author and topic
        importer.importDocument(TestDocuments.article("feed-size-warm-up", 1, 1));
        FeedClient reader = FeedClient.anonymous();
        reader.sync();
        importer.importDocument(TestDocuments.article("feed-size-first", 3, 2));
        List<String> small = statementsOfSync(reader);

        for (int i = 0; i < 4; i++) {
            importer.importDocument(TestDocuments.article("feed-size-filler-" + i, 6, 4));
        }
        reader.sync();
        importer.importDocument(TestDocuments.article("feed-size-second", 3, 2));
        List<String> large = statementsOfSync(reader);

        assertEquals(small.size(), large.size(), "statements of the page in a small and a larger library");
        assertEquals(1, large.stream().filter(sql -> sql.contains("from change_entry")).count(), "one read of entries");
    }

    @Test
    void theEntriesAreReadFromTheFeedsIndexInOrder() throws SQLException {
        List<String> statements = recorded.during(() -> FeedClient.anonymous().page(null, 5));
        String entries = statements.stream().filter(sql -> sql.contains("from change_entry")).findFirst().orElseThrow();
        String plan = H2Plans.of(dataSource, entries);
        assertTrue(plan.contains("CHANGE_ENTRY_ORDER"), plan);
        assertFalse(plan.contains("tableScan"), plan);
    }

    @Test
    void aChangeLooksTheEntriesOfWhatItTouchedUpInAnIndex() throws SQLException {
        String lookup = ChangeLog.ENTRIES.formatted(
                "'" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "'");
        String plan = H2Plans.of(dataSource, lookup);
        assertTrue(plan.contains("CHANGE_ENTRY_RESOURCE: RESOURCE_ID IN("), plan);
    }

    private List<String> statementsOfSync(FeedClient reader) {
        List<Map<String, Object>> read = new ArrayList<>();
        List<String> statements = recorded.during(() -> read.addAll(reader.sync()));
        assertTrue(read.stream().anyMatch(entry -> "ARTICLE".equals(entry.get("type"))), "the import is in the page");
        return statements;
    }
}
