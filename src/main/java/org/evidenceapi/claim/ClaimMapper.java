package org.evidenceapi.claim;

import java.util.List;
import org.evidenceapi.study.StudySummary;

/** Writes a claim's fields and the studies behind it onto the entity. */
public final class ClaimMapper {
    private ClaimMapper() {
    }

    public static void apply(Claim c, ClaimFields in, List<StudySummary> studies) {
        c.statement = in.statement();
        c.sectionHeading = in.sectionHeading();
        c.scope = in.scope();
        c.direction = in.direction();
        c.certainty = in.certainty();
        c.citations.clear();
        c.citations.addAll(orEmpty(in.citations()));
        c.studies.clear();
        c.studies.addAll(studies);
        c.certaintyFactors.clear();
        orEmpty(in.certaintyFactors()).forEach(f -> {
            CertaintyFactorColumns columns = new CertaintyFactorColumns();
            columns.domain = f.domain();
            columns.rating = f.rating();
            columns.note = f.note();
            c.certaintyFactors.add(columns);
        });
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
