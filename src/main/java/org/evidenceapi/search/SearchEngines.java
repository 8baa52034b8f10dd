package org.evidenceapi.search;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Picks the engine for the database in use, opens it at start and tells it about committed changes. */
@ApplicationScoped
public class SearchEngines {
    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String databaseKind;
    @Inject
    Instance<PostgresSearch> postgres;
    @Inject
    Instance<LuceneSearch> lucene;

    @Produces
    @ApplicationScoped
    SearchEngine engine() {
        return DatabaseKind.isPostgreSQL(databaseKind) ? postgres.get() : lucene.get();
    }

    void open(@Observes StartupEvent start, SearchEngine engine) {
        engine.open();
    }

    void committed(@Observes SearchChanges changes, SearchEngine engine) {
        engine.changed(changes);
    }
}
