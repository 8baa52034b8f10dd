package org.evidenceapi.study;

import java.util.List;
import org.evidenceapi.reference.Reference;

/** Writes a study summary's fields onto the entity, its outcomes flattened into rows. */
public final class StudyMapper {
    private StudyMapper() {
    }

    public static void apply(StudySummary s, StudyFields in, Reference reference) {
        s.reference = reference;
        s.referenceId = reference.id;
        s.title = in.title();
        s.design = in.design();
        Population p = in.population();
        s.population = new PopulationColumns();
        if (p != null) {
            s.population.description = p.description();
            s.population.condition = p.condition();
            s.population.species = p.species();
        }
        SampleSize size = in.sampleSize();
        s.participants = size == null ? null : size.participants();
        s.participantsQualifier = size == null ? null : size.participantsQualifier();
        s.studyCount = size == null ? null : size.studies();
        s.registryId = in.registryId();
        s.intervention = in.intervention();
        s.comparator = in.comparator();
        s.controlType = in.controlType();
        s.duration = in.duration();
        s.followUp = in.followUp();
        s.sessions = in.sessions();
        s.certainty = in.certainty();
        s.notes = in.notes();
        s.outcomes.clear();
        (in.outcomes() == null ? List.<Outcome>of() : in.outcomes()).forEach(o -> s.outcomes.add(row(o)));
    }

    private static OutcomeColumns row(Outcome o) {
        OutcomeColumns row = new OutcomeColumns();
        row.name = o.name();
        row.measure = o.measure();
        row.timepoint = o.timepoint();
        row.primary = o.primary();
        row.direction = o.direction();
        row.narrative = o.narrative();
        Effect e = o.effect();
        if (e != null) {
            row.metric = e.metric();
            row.value = e.value();
            row.unit = e.unit();
            row.ciLower = e.ciLower();
            row.ciUpper = e.ciUpper();
            row.ciLevel = e.ciLevel();
            row.pValue = e.pValue();
            row.pValueComparator = e.pValueComparator();
            row.heterogeneityI2 = e.heterogeneityI2();
        }
        return row;
    }
}
