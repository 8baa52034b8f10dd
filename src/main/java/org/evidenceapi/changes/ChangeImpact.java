package org.evidenceapi.changes;

import org.evidenceapi.common.persistence.Jdbc;

import static org.evidenceapi.changes.ResourceType.ARTICLE;
import static org.evidenceapi.changes.ResourceType.AUTHOR;
import static org.evidenceapi.changes.ResourceType.CLAIM;
import static org.evidenceapi.changes.ResourceType.REFERENCE;
import static org.evidenceapi.changes.ResourceType.STUDY;
import static org.evidenceapi.changes.ResourceType.TOPIC;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which public resources one revision changed: those whose rows (or rows they own) it wrote, read from the
 * revision's audit rows, and those whose representation shows one of them. The one place that knows what contains
 * what: an article shows its authors, topics and claims, and in full its studies and bibliography; a claim's
 * evidence summary shows its studies, the papers it cites and those its studies report.
 */
final class ChangeImpact {
    /** Audit rows of the revision, as (kind, id of the resource they belong to). */
    private static final String WRITTEN = String.join(" union ",
            "select 'ARTICLE', id from article_aud where rev = ?",
            "select 'ARTICLE', article_id from article_author_aud where rev = ?",
            "select 'ARTICLE', article_id from article_label_aud where rev = ?",
            "select 'ARTICLE', article_id from article_topic_aud where rev = ?",
            "select 'ARTICLE', article_id from article_section_aud where rev = ?",
            "select 'ARTICLE', s.article_id from section_block_aud b join article_section s on s.id = b.section_id"
                    + " where b.rev = ?",
            "select 'ARTICLE', s.article_id from block_item_aud i join section_block b on b.id = i.block_id"
                    + " join article_section s on s.id = b.section_id where i.rev = ?",
            "select 'ARTICLE', article_id from article_reference_aud where rev = ? and article_id is not null",
            "select 'ARTICLE', article_id from article_study_aud where rev = ?",
            "select 'ARTICLE', article_id from claim_aud where rev = ? and article_id is not null",
            "select 'CLAIM', id from claim_aud where rev = ?",
            "select 'CLAIM', claim_id from claim_citation_aud where rev = ?",
            "select 'CLAIM', claim_id from claim_study_aud where rev = ?",
            "select 'CLAIM', claim_id from claim_certainty_factor_aud where rev = ?",
            "select 'STUDY', id from study_summary_aud where rev = ?",
            "select 'STUDY', study_id from study_outcome_aud where rev = ?",
            "select 'REFERENCE', id from bib_reference_aud where rev = ?",
            "select 'REFERENCE', reference_id from reference_author_aud where rev = ?",
            "select 'AUTHOR', id from author_aud where rev = ?",
            "select 'AUTHOR', author_id from author_credential_aud where rev = ?",
            "select 'TOPIC', id from topic_aud where rev = ?");
    private static final int WRITTEN_PARAMETERS = WRITTEN.split("\\?", -1).length - 1;

    /** What shows a written resource: (kind written, kind shown, query from the written ids to the showing ones). */
    private record Containment(ResourceType written, ResourceType shown, String query) {
    }

    private static final List<Containment> CONTAINMENTS = List.of(
            new Containment(AUTHOR, ARTICLE, "select article_id from article_author where author_id in (%s)"),
            new Containment(TOPIC, ARTICLE, "select article_id from article_topic where topic_id in (%s)"),
            new Containment(STUDY, ARTICLE, "select article_id from article_study where study_id in (%s)"),
            new Containment(STUDY, CLAIM, "select claim_id from claim_study where study_id in (%s)"),
            new Containment(REFERENCE, ARTICLE, "select article_id from article_reference where reference_id in (%s)"),
            new Containment(REFERENCE, CLAIM, "select c.id from claim c join article_reference r"
                    + " on r.article_id = c.article_id join claim_citation n on n.claim_id = c.id"
                    + " and n.reference_number = r.citation_number where r.reference_id in (%s)"),
            new Containment(REFERENCE, CLAIM, "select cs.claim_id from claim_study cs join study_summary s"
                    + " on s.id = cs.study_id where s.reference_id in (%s)"),
            new Containment(ARTICLE, CLAIM, "select id from claim where article_id in (%s)"));

    private ChangeImpact() {
    }

    /** Every resource revision {@code revision} changed, directly or through what it contains. */
    static Set<ResourceKey> of(Jdbc jdbc, long revision) {
        Map<ResourceType, Set<UUID>> written = new EnumMap<>(ResourceType.class);
        jdbc.query(WRITTEN, Collections.nCopies(WRITTEN_PARAMETERS, revision),
                row -> new ResourceKey(ResourceType.valueOf(row.getString(1)), row.getObject(2, UUID.class)))
                .forEach(key -> written.computeIfAbsent(key.type(), type -> new LinkedHashSet<>()).add(key.id()));
        Set<ResourceKey> changed = new LinkedHashSet<>();
        written.forEach((type, ids) -> ids.forEach(id -> changed.add(new ResourceKey(type, id))));
        for (Containment containment : CONTAINMENTS) {
            Set<UUID> ids = written.getOrDefault(containment.written(), Set.of());
            jdbc.queryIn(containment.query(), ids, row -> row.getObject(1, UUID.class))
                    .forEach(id -> changed.add(new ResourceKey(containment.shown(), id)));
        }
        return changed;
    }
}
