package org.evidenceapi.operations;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * On PostgreSQL, every connection the pool opens turns the server's JIT compiler off for its session. PostgreSQL
 * compiles a statement whose estimated cost passes {@code jit_above_cost}, at every execution: the public search's
 * statement, costed high for its study branch's subplans, took 440 ms on 10,000 articles and about 4 s on 100,000,
 * nearly all of it compiling, and 2.4 ms without. This service's statements are short reads and writes, which JIT
 * compilation never pays back.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PostgresJitOff extends ConnectionSetting {
    @Override
    String statement() {
        return "SET jit = off";
    }

    @Override
    String withoutIt() {
        return "without it, statements costed high are compiled at every execution";
    }
}
