package org.evidenceapi.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a search hit is. Declared in the order hits of equal score are listed. */
@Schema(description = "What a hit is: an article, a claim of an article, or a study summary of the library.")
public enum SearchKind {
    ARTICLE, CLAIM, STUDY
}
