package org.evidenceapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.revision.RevisionEntry;

@Schema(description = "An article as a revision left it: its fields, body, authors, topics, claims and bibliography "
        + "as they were then. For a DELETED revision, the article as it was just before it went.")
public record ArticleRevision(RevisionEntry revision, ArticleView article) {
}
