package org.evidenceapi.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.study.Effect;
import org.evidenceapi.study.OutcomeColumns;
import org.evidenceapi.study.PopulationColumns;
import org.evidenceapi.study.StudySummary;

/** Maps a document's study summary onto the entity, its outcomes flattened into rows. */
@ApplicationScoped
class StudyMapper {
    StudySummary toEntity(StudyInput in, Reference reference) {
        StudySummary s = new StudySummary();
        s.reference = reference;
        s.title = in.title();
        s.design = in.design();
        if (in.population() != null) {
            s.population = new PopulationColumns();
            s.population.description = in.population().description();
            s.population.condition = in.population().condition();
            s.population.species = in.population().species();
        }
        if (in.sampleSize() != null) {
            s.participants = in.sampleSize().participants();
            s.participantsQualifier = in.sampleSize().participantsQualifier();
            s.studyCount = in.sampleSize().studies();
        }
        s.registryId = in.registryId();
        s.intervention = in.intervention();
        s.comparator = in.comparator();
        s.controlType = in.controlType();
        s.duration = in.duration();
        s.followUp = in.followUp();
        s.sessions = in.sessions();
        s.certainty = in.certainty();
        s.notes = in.notes();
        s.outcomes = new ArrayList<>(ArticleImporter.orEmpty(in.outcomes()).stream().map(o -> {
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
        }).toList());
        return s;
    }
}
