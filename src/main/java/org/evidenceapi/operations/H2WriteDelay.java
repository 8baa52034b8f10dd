package org.evidenceapi.operations;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * On embedded H2, a commit is in the database file before the request that made it answers, whatever JDBC URL is
 * configured. H2 otherwise writes commits up to 500 ms later (WRITE_DELAY), and a process killed meanwhile lost
 * writes it had answered 2xx. The default URL says WRITE_DELAY=0; an operator's own URL may not, and H2 2.3 does
 * not keep a SET WRITE_DELAY: each opening of the database starts again from the URL's value or 500. So every
 * connection the pool opens sets it; the setting is the database's, and only a new connection reopens it.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
public class H2WriteDelay extends ConnectionSetting {
    @Override
    String statement() {
        return "SET WRITE_DELAY 0";
    }

    @Override
    String withoutIt() {
        return "without it (it needs an admin user), acknowledged writes can be lost when the process dies";
    }
}
