package org.evidenceapi.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An entry of an article's bibliography: the number [n] the text cites it by, and the reference.")
public record CitedReference(@Schema(examples = "9") int number, ReferenceView reference) {
    public static CitedReference of(ArticleReference entry) {
        return new CitedReference(entry.citationNumber, ReferenceView.of(entry.reference));
    }
}
