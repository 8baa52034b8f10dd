package org.evidenceapi.integrity;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record ArticleFindingPage(List<ArticleFinding> items, PageInfo page) implements Paged {
}
