package org.evidenceapi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Reads of the feed's tables. Positions are compared as (sequence, type, id), the order of change_entry_order. */
@ApplicationScoped
public class ChangeEntryRepository {
    @Inject
    EntityManager em;

    /**
     * Up to {@code limit} entries after {@code after}, in order; with {@code seenOnly}, only those readers without a
     * token have seen. The range on sequence comes first so the scan starts at the position, on either database.
     */
    @SuppressWarnings("unchecked")
    List<ChangeEntry> after(SyncToken after, int limit, boolean seenOnly) {
        List<Object[]> rows = em.createNativeQuery("select resource_type, resource_id, sequence, changed_at, slug"
                + " from change_entry where sequence >= :sequence and (sequence > :sequence"
                + " or resource_type > :type or (resource_type = :type and resource_id > :id))"
                + (seenOnly ? " and was_public = true" : "")
                + " order by sequence, resource_type, resource_id")
                .setParameter("sequence", after.sequence()).setParameter("type", after.type())
                .setParameter("id", after.id()).setMaxResults(limit).getResultList();
        return rows.stream().map(ChangeEntryRepository::entry).toList();
    }

    /** The last number committed, and the first a token may still name. */
    Head head() {
        Object[] row = (Object[]) em.createNativeQuery("select sequence, oldest from change_head where id = 1")
                .getSingleResult();
        return new Head(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** The condition that an entry's resource no longer exists: its tombstone is all that is left of it. */
    private static final String GONE = String.join(" or ",
            "(resource_type = 'ARTICLE' and not exists (select 1 from article r where r.id = resource_id))",
            "(resource_type = 'CLAIM' and not exists (select 1 from claim r where r.id = resource_id))",
            "(resource_type = 'STUDY' and not exists (select 1 from study_summary r where r.id = resource_id))",
            "(resource_type = 'REFERENCE' and not exists (select 1 from bib_reference r where r.id = resource_id))",
            "(resource_type = 'AUTHOR' and not exists (select 1 from author r where r.id = resource_id))",
            "(resource_type = 'TOPIC' and not exists (select 1 from topic r where r.id = resource_id))");

    /**
     * Deletes the tombstones of resources gone before {@code before} and moves oldest past them, in one
     * transaction: a reader sees both or neither. Answers how many went.
     */
    int purge(Instant before) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
        em.createNativeQuery("update change_head set oldest = greatest(oldest, coalesce((select max(sequence)"
                + " from change_entry where changed_at < :before and (" + GONE + ")), oldest)) where id = 1")
                .setParameter("before", cutoff).executeUpdate();
        return em.createNativeQuery("delete from change_entry where changed_at < :before and (" + GONE + ")")
                .setParameter("before", cutoff).executeUpdate();
    }

    record Head(long sequence, long oldest) {
    }

    private static ChangeEntry entry(Object[] row) {
        return new ChangeEntry(ResourceType.valueOf((String) row[0]), uuid(row[1]), ((Number) row[2]).longValue(),
                instant(row[3]), (String) row[4]);
    }

    /** H2 hands a native query's UUID column over as its 16 bytes. */
    private static UUID uuid(Object value) {
        if (value instanceof byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return (UUID) value;
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }
}
