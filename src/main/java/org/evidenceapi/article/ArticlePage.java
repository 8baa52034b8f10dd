package org.evidenceapi.article;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record ArticlePage(List<ArticleSummary> items, PageInfo page) implements Paged {
}
