package org.evidenceapi.retractionwatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.evidenceapi.common.http.BoundedBody;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.retractionwatch.NoticeRows.Parsed;
import org.jboss.logging.Logger;

/**
 * Reads a Retraction Watch upload as it streams in and applies it only once it has all arrived: rows are matched
 * to stored papers a chunk at a time (bounded lookups, no transaction held while the client sends), the notices
 * about each matched paper are gathered, and when the body has ended as declared they are applied in one
 * transaction. A body cut off anywhere, or refused, applies nothing.
 */
@ApplicationScoped
public class RetractionWatchService {
    private static final Logger LOG = Logger.getLogger(RetractionWatchService.class);
    static final int CHUNK = 500;
    static final int LISTED_MALFORMED = 100;

    @Inject
    UploadLimit limit;
    @Inject
    PaperLookup lookup;
    @Inject
    NoticeWriter writer;

    /** The upload's report; {@code declaredLength} is the Content-Length, when the client gave one. */
    public StatusUpdateReport update(InputStream body, OptionalLong declaredLength) {
        BoundedBody bounded = new BoundedBody(body, limit);
        Tally tally = new Tally();
        Map<UUID, PaperNotices> papers = new HashMap<>();
        try (NoticeRows rows = NoticeRows.open(bounded)) {
            List<Notice> chunk = new ArrayList<>(CHUNK);
            for (Parsed row = rows.next(); row != null; row = rows.next()) {
                tally.rowsRead++;
                if (row.malformed() != null) {
                    tally.malformed(row.malformed());
                } else if (row.notice().identifiesNoPaper()) {
                    tally.unmatched++;
                } else if (chunk.add(row.notice()) && chunk.size() == CHUNK) {
                    match(chunk, papers, tally);
                }
            }
            match(chunk, papers, tally);
        } catch (CharConversionException e) {
            throw ProblemException.badBody("The body is not UTF-8 text: " + e.getMessage() + ". Nothing was "
                    + "applied.");
        } catch (IOException e) {
            throw cutOff(bounded, e.toString());
        }
        if (declaredLength.isPresent() && bounded.bytesRead() < declaredLength.getAsLong()) {
            throw cutOff(bounded, "ended before its Content-Length of " + declaredLength.getAsLong());
        }
        StatusUpdateReport report = tally.report(writer.apply(papers));
        LOG.infof("Retraction Watch upload applied: %s", report.toString().replaceAll(", malformedRows=.*", ""));
        return report;
    }

    private void match(List<Notice> chunk, Map<UUID, PaperNotices> papers, Tally tally) {
        Map<Notice, UUID> matched = lookup.papersOf(chunk);
        tally.matched += matched.size();
        tally.unmatched += chunk.size() - matched.size();
        matched.forEach((notice, paper) -> papers.computeIfAbsent(paper, k -> new PaperNotices()).add(notice));
        chunk.clear();
    }

    private static ProblemException cutOff(BoundedBody body, String why) {
        LOG.warnf("Retraction Watch upload cut off after %d bytes (%s); nothing applied", body.bytesRead(), why);
        return ProblemException.badBody("The upload ended before its body was complete (the connection closed or "
                + "the body is shorter than its Content-Length). Nothing was applied.");
    }

    /** The counts of an upload so far. */
    private static final class Tally {
        long rowsRead;
        long matched;
        long unmatched;
        long malformed;
        final List<MalformedRow> listed = new ArrayList<>();

        void malformed(MalformedRow row) {
            malformed++;
            if (listed.size() < LISTED_MALFORMED) {
                listed.add(row);
            }
        }

        StatusUpdateReport report(NoticeWriter.Applied applied) {
            return new StatusUpdateReport(rowsRead, matched, unmatched, malformed, applied.changed(),
                    applied.unchanged(), listed);
        }
    }
}
