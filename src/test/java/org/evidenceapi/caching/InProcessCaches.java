package org.evidenceapi.caching;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the in-process caches the way production does: through changes committed by another instance, which
 * this one learns from the shared database on its refresh. Tests that measure what the resources cost read
 * {@link #uncached()}, after a change elsewhere that named everything.
 */
public final class InProcessCaches {
    private static final Pattern HITS = Pattern.compile(
            "cache_gets_total\\{cache=\"public-responses\",[^}]*result=\"hit\"[^}]*} ([0-9.E]+)");
    private InProcessCaches() {
    }

    /** A request that no in-process cache answers: everything kept was made stale just before. */
    public static RequestSpecification uncached() {
        changedElsewhere(TagVersions.EVERYTHING);
        return given();
    }

    /** This instance's refresh, as its background thread runs it every second. */
    public static void refresh() {
        Arc.container().instance(ContentVersion.class).get().refresh();
    }

    /** How many anonymous reads the response cache has answered so far. */
    public static double responseHits() {
        Matcher hit = HITS.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
        return hit.find() ? Double.parseDouble(hit.group(1)) : 0;
    }

    /**
     * What another instance's commit leaves in the shared database, the feed's head one further and the tags it
     * made stale, learnt here as the refresh learns it. Answers the change's number.
     */
    public static long changedElsewhere(String... tags) {
        long sequence = committedElsewhere(String.join(" ", tags));
        refresh();
        return sequence;
    }

    /** Commits such a change without this instance learning it, as until its next refresh. */
    public static long committedElsewhere(String tags) {
        try (Connection connection = Arc.container().instance(AgroalDataSource.class).get().getConnection()) {
            connection.setAutoCommit(false);
            long sequence;
            try (Statement head = connection.createStatement()) {
                head.executeUpdate("update change_head set sequence = sequence + 1 where id = 1");
                try (ResultSet row = head.executeQuery("select sequence from change_head where id = 1")) {
                    row.next();
                    sequence = row.getLong(1);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into change_invalidation (sequence, changed_at, tags) values (?, ?, ?)")) {
                insert.setLong(1, sequence);
                insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                insert.setString(3, tags);
                insert.executeUpdate();
            }
            connection.commit();
            return sequence;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
