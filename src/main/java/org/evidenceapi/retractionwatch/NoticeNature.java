package org.evidenceapi.retractionwatch;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.evidenceapi.reference.UpdateStatus;

/** The RetractionNature column: what a notice did to the paper, and the update status that follows from it. */
enum NoticeNature {
    RETRACTION("Retraction", UpdateStatus.RETRACTED),
    EXPRESSION_OF_CONCERN("Expression of concern", UpdateStatus.EXPRESSION_OF_CONCERN),
    CORRECTION("Correction", UpdateStatus.CORRECTED),
    /** The retraction was withdrawn: the one notice that may lower a status (see {@link PaperNotices}). */
    REINSTATEMENT("Reinstatement", UpdateStatus.NONE);

    static final String LABELS = "Retraction, Expression of concern, Correction or Reinstatement";

    private final String label;
    private final UpdateStatus status;

    NoticeNature(String label, UpdateStatus status) {
        this.label = label;
        this.status = status;
    }

    UpdateStatus status() {
        return status;
    }

    /** The nature the data set names, its case aside. */
    static Optional<NoticeNature> of(String value) {
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(n -> n.label.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
