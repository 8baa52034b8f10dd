package org.evidenceapi.integrity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One finding of the library's worklist: the article, and the finding as its report shows it.")
public record ArticleFinding(FindingArticle article, Finding finding) {
}
