package org.evidenceapi.common;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL Hibernate prepares while a test asks it to, so the test can check a statement's shape or plan. */
@PersistenceUnitExtension
@ApplicationScoped
public class RecordedStatements implements StatementInspector {
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private volatile boolean recording;

    @Override
    public String inspect(String sql) {
        if (recording) {
            statements.add(sql);
        }
        return sql;
    }

    public List<String> during(Runnable action) {
        statements.clear();
        recording = true;
        try {
            action.run();
        } finally {
            recording = false;
        }
        return List.copyOf(statements);
    }
}
