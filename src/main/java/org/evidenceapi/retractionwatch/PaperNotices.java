package org.evidenceapi.retractionwatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.evidenceapi.reference.Reference;
import org.evidenceapi.reference.UpdateStatus;

/**
 * Every notice of the upload about one stored paper, and what they make of its update status.
 * <p>
 * The most severe notice wins (retraction, then expression of concern, then correction), the latest of equals.
 * A reinstatement withdraws the retractions dated on or before it: the paper then has the status of the notices
 * that still stand, or none. Applied to the paper, a status is only ever raised, except that a withdrawn
 * retraction lowers a status a notice set (the data set says it no longer holds); one an editor or an import set
 * stays, as the data set cannot know why they set it.
 */
final class PaperNotices {
    private static final Comparator<Notice> DECIDING = Comparator
            .comparing((Notice n) -> n.nature().status())
            .thenComparing(Notice::date)
            .thenComparing(n -> n.noticeDoi() == null ? "" : n.noticeDoi());

    private final List<Notice> notices = new ArrayList<>();

    void add(Notice notice) {
        notices.add(notice);
    }

    /** Brings the paper in line with the notices, if they may change it; whether anything changed. */
    boolean applyTo(Reference paper) {
        LocalDate reinstated = notices.stream().filter(n -> n.nature() == NoticeNature.REINSTATEMENT)
                .map(Notice::date).max(Comparator.naturalOrder()).orElse(null);
        List<Notice> standing = notices.stream().filter(n -> n.nature() != NoticeNature.REINSTATEMENT)
                .filter(n -> !withdrawn(n, reinstated)).toList();
        boolean withdrawal = notices.stream().anyMatch(n -> withdrawn(n, reinstated));
        Notice deciding = standing.stream().max(DECIDING).orElse(null);
        if (deciding == null && withdrawal) {
            deciding = notices.stream().filter(n -> n.nature() == NoticeNature.REINSTATEMENT).max(DECIDING)
                    .orElseThrow();
        }
        if (deciding == null) {
            return false;
        }
        UpdateStatus status = deciding.nature().status();
        boolean setByNotice = paper.updateNoticeDate != null;
        if (status.isMoreSevereThan(paper.updateStatus) || status == paper.updateStatus
                || withdrawal && setByNotice) {
            return set(paper, status, deciding);
        }
        return false;
    }

    private static boolean withdrawn(Notice notice, LocalDate reinstated) {
        return notice.nature() == NoticeNature.RETRACTION && reinstated != null && !notice.date().isAfter(reinstated);
    }

    private static boolean set(Reference paper, UpdateStatus status, Notice notice) {
        if (paper.updateStatus == status && Objects.equals(paper.updateNoticeDoi, notice.noticeDoi())
                && Objects.equals(paper.updateNoticeDate, notice.date())) {
            return false;
        }
        paper.updateStatus = status;
        paper.updateNoticeDoi = notice.noticeDoi();
        paper.updateNoticeDate = notice.date();
        return true;
    }
}
