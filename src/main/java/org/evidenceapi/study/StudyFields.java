package org.evidenceapi.study;

import java.util.List;
import org.evidenceapi.grading.Certainty;

/** What a study summary says, whichever way it arrives: on its own or inside an article document. */
public interface StudyFields {
    String title();

    StudyDesign design();

    Population population();

    SampleSize sampleSize();

    String registryId();

    String intervention();

    String comparator();

    ControlType controlType();

    String duration();

    String followUp();

    Integer sessions();

    List<Outcome> outcomes();

    Certainty certainty();

    String notes();
}
