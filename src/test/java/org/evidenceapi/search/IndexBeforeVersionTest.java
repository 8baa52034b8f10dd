package org.evidenceapi.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.evidenceapi.importing.ArticleImporter;
import org.evidenceapi.importing.TestDocuments;
import org.evidenceapi.caching.ContentVersion;
import org.junit.jupiter.api.Test;

/**
 * A commit reaches the search index before it moves the content version, so no search answer made from the old
 * index can be kept under the new version.
 */
@QuarkusTest
class IndexBeforeVersionTest {
    @Inject
    ArticleImporter importer;
    @Inject
    ContentVersion version;
    @Inject
    VersionWhileIndexing seen;

    @Test
    void theIndexTakesACommitInWhileTheVersionStillNamesThePreviousOne() {
        long before = version.current();
        importer.importDocument(TestDocuments.article("indexed-first", 1, 1));
        assertTrue(version.current() > before, "the import moved the version");
        assertTrue(seen.last() < version.current(),
                "while the index took the change in, the version was " + seen.last() + ", not yet "
                        + version.current());
    }
}
