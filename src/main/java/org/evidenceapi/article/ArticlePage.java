package org.evidenceapi.article;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record ArticlePage(List<ArticleListItem> items, PageInfo page) implements Paged {
}
