package org.evidenceapi.reference;

import static org.evidenceapi.common.persistence.SavedRows.saved;
import static org.evidenceapi.common.persistence.SavedRows.stamps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The reference's mapping, without a database: every field an editor writes comes back as written. */
@Tag("unit")
class ReferenceMapperTest {
    @Test
    void anInputComesBackAsWrittenThroughTheEntityAndTheView() {
        ReferenceInput input = input("10.1016/j.jpain.2017.11.005", "29198932", "PMC5927830", "1526-5900",
                UpdateStatus.CORRECTED);

        assertEquals(input, ReferenceMapper.asInput(stored(input, new Reference())));
    }

    @Test
    void absentAuthorsComeBackEmptyAndAbsentStatusAsNone() {
        ReferenceInput input = new ReferenceInput(ReferenceType.WEBPAGE, null, null, "A web page", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);

        assertEquals(new ReferenceInput(ReferenceType.WEBPAGE, List.of(), null, "A web page", null, null, null, null,
                null, null, null, null, null, null, null, null, null, UpdateStatus.NONE, null),
                ReferenceMapper.asInput(stored(input, new Reference())));
    }

    /** By design identifiers are stored in one form: a bare DOI, an upper-case PMCID, an ISSN with its hyphen. */
    @Test
    void identifiersComeBackNormalised() {
        ReferenceInput input = input("https://doi.org/10.1016/J.JPAIN.2017.11.005", " 29198932 ", "pmc5927830",
                "15265900", UpdateStatus.NONE);

        assertEquals(input("10.1016/J.JPAIN.2017.11.005", "29198932", "PMC5927830", "1526-5900", UpdateStatus.NONE),
                ReferenceMapper.asInput(stored(input, new Reference())));
    }

    /** The notice that set a status is the server's: an edit keeping the status keeps it, a new status drops it. */
    @Test
    void theNoticeStaysWhileTheStatusDoes() {
        Reference reference = saved(new Reference());
        reference.updateStatus = UpdateStatus.RETRACTED;
        reference.updateNoticeDoi = "10.1016/j.jpain.2024.03.001";
        reference.updateNoticeDate = LocalDate.parse("2024-03-18");

        ReferenceView kept = stored(input(null, null, null, null, UpdateStatus.RETRACTED), reference);
        assertEquals(stamps(reference), List.of(kept.id(), kept.createdAt(), kept.updatedAt()));
        assertEquals(List.of("10.1016/j.jpain.2024.03.001", LocalDate.parse("2024-03-18")),
                List.of(kept.updateNoticeDoi(), kept.updateNoticeDate()));

        ReferenceView changed = stored(input(null, null, null, null, UpdateStatus.NONE), reference);
        assertEquals(Arrays.asList(UpdateStatus.NONE, null, null),
                Arrays.asList(changed.updateStatus(), changed.updateNoticeDoi(), changed.updateNoticeDate()));
    }

    private static ReferenceInput input(String doi, String pmid, String pmcid, String issn, UpdateStatus status) {
        return new ReferenceInput(ReferenceType.JOURNAL_ARTICLE, List.of(new ReferenceAuthor("Vickers", "Andrew J",
                null), new ReferenceAuthor(null, null, "Acupuncture Trialists' Collaboration")), 2018,
                "Acupuncture for chronic pain", "J Pain", "19", "5", "455-474", "e1", doi, pmid, pmcid, issn,
                "https://example.org/paper", "en", true, LocalDate.parse("2024-01-15"), status, "Landmark IPD.");
    }

    /** The input applied to the reference as the edit rules apply it, read back as GET answers it. */
    private static ReferenceView stored(ReferenceInput input, Reference reference) {
        ReferenceMapper.apply(reference, input);
        return ReferenceView.of(reference);
    }
}
