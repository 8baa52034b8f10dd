package org.evidenceapi.retractionwatch;

import java.time.LocalDate;

/**
 * One usable row of the data set: the paper it is about (its DOI key and PMID, either may be null) and the notice
 * (its nature, date and DOI, which may be null).
 */
record Notice(long line, String doiKey, String pmid, NoticeNature nature, LocalDate date, String noticeDoi) {

    boolean identifiesNoPaper() {
        return doiKey == null && pmid == null;
    }
}
