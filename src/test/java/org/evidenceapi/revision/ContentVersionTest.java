package org.evidenceapi.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.junit.jupiter.api.Test;
import org.evidenceapi.caching.ContentVersion;

/** The content version follows this instance's commits at once and other instances' within the refresh. */
@QuarkusTest
class ContentVersionTest {
    @Inject
    ContentVersion version;
    @Inject
    ArticleImporter importer;
    @Inject
    DataSource dataSource;

    @Test
    void aCommitHereMovesTheVersionBeforeTheWriteReturns() throws SQLException {
        importer.importDocument(TestDocuments.article("version-moves", 1, 1));
        assertEquals(newestChange(), version.current());
    }

    @Test
    void aCommitElsewhereIsSeenWithinTheRefresh() throws Exception {
        long elsewhere = changeCommittedByAnotherInstance();
        long deadline = System.nanoTime() + 10_000_000_000L; // generous on a loaded machine; the refresh is 1 s
        while (version.current() < elsewhere && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(version.current() >= elsewhere, "the version reached the other instance's change");
    }

    /** What another instance's commit leaves in the shared database: the feed's head one further. */
    private long changeCommittedByAnotherInstance() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement update = connection.createStatement()) {
            update.executeUpdate("update change_head set sequence = sequence + 1 where id = 1");
        }
        return newestChange();
    }

    private long newestChange() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet newest = query.executeQuery("select sequence from change_head where id = 1")) {
            newest.next();
            return newest.getLong(1);
        }
    }
}
