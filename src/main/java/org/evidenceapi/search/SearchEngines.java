package org.evidenceapi.search;

import io.quarkus.datasource.common.runtime.DatabaseKind;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Picks the engine for the database in use, opens it at start, tells it about committed changes and closes it at
 * the end.
 */
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

    /** Before the demo content's import, whose commit the engine then takes in like any other. */
    void open(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent start, SearchEngine engine) {
        engine.open();
    }

    void close(@Observes ShutdownEvent stop, SearchEngine engine) {
        engine.close();
    }

    void committed(@Observes SearchChanges changes, SearchEngine engine) {
        engine.changed(changes);
    }
}
