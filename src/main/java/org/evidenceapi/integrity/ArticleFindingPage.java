package org.evidenceapi.integrity;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record ArticleFindingPage(List<ArticleFinding> items, PageInfo page) implements Paged {
}
