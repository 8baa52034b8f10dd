package org.evidenceapi.operations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.evidenceapi.common.config.EvidenceConfig;
import org.flywaydb.core.Flyway;

/**
 * Ready when the database answers and every migration is applied. Probed at most once per interval, however
 * often a load balancer asks, so readiness costs no database round-trip per probe under load.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    private record Probe(Instant at, HealthCheckResponse response) {
    }

    @Inject
    AgroalDataSource dataSource;
    @Inject
    Flyway flyway;
    @Inject
    EvidenceConfig config;

    private volatile Probe last;

    @Override
    public HealthCheckResponse call() {
        Probe probe = last;
        if (probe == null || probe.at().plus(config.health().databaseProbeInterval()).isBefore(Instant.now())) {
            probe = new Probe(Instant.now(), probe());
            last = probe;
        }
        return probe.response();
    }

    private HealthCheckResponse probe() {
        var check = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                throw new SQLException("the connection does not answer");
            }
            int pending = flyway.info().pending().length;
            return check.status(pending == 0).withData("pendingMigrations", pending).build();
        } catch (SQLException | RuntimeException e) {
            dataSource.flush(AgroalDataSource.FlushMode.INVALID); // don't hand out dead connections once it is back
            return check.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
