package org.evidenceapi.reference;

import org.evidenceapi.common.paging.Filter;

/** The reference list's filters, already parsed and normalised (the DOI lower-cased, as stored for matching). */
public record ReferenceFilter(String doiKey, String pmid, String pmcid, Integer year, ReferenceType type) {
    Filter toFilter() {
        return new Filter()
                .and("e.doiKey = :doi", "doi", doiKey)
                .and("e.pmid = :pmid", "pmid", pmid)
                .and("e.pmcid = :pmcid", "pmcid", pmcid)
                .and("e.year = :year", "year", year)
                .and("e.type = :type", "type", type);
    }
}
