package org.evidenceapi.operations;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.evidenceapi.content.ArticleImporter;
import org.evidenceapi.content.TestDocuments;
import org.junit.jupiter.api.Test;

/**
 * The schema outlives the connections that created it: after the pool retires every connection (as it does
 * with idle ones), the constraints still check writes. H2 2.4.240 failed this ("Check constraint invalid").
 */
@QuarkusTest
class SchemaLifetimeTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    ArticleImporter importer;

    @Test
    void writesWorkAfterThePoolRetiresTheMigrationConnection() {
        dataSource.flush(AgroalDataSource.FlushMode.ALL);
        assertNotNull(importer.importDocument(TestDocuments.article("schema-lifetime", 1, 1)).id);
    }
}
