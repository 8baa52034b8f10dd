package org.evidenceapi.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
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
        assertEquals(newestRevision(), version.current());
    }

    @Test
    void aCommitElsewhereIsSeenWithinTheRefresh() throws Exception {
        long elsewhere = revisionWrittenByAnotherInstance();
        long deadline = System.nanoTime() + 10_000_000_000L; // generous on a loaded machine; the refresh is 1 s
        while (version.current() < elsewhere && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(version.current() >= elsewhere, "the version reached the other instance's revision");
    }

    private long revisionWrittenByAnotherInstance() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into revision (changed_at, changed_by) values (?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, "another-instance");
            insert.executeUpdate();
        }
        return newestRevision();
    }

    private long newestRevision() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement query = connection.createStatement();
                ResultSet newest = query.executeQuery("select max(id) from revision")) {
            newest.next();
            return newest.getLong(1);
        }
    }
}
