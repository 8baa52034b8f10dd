package org.evidenceapi.search;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record SearchPage(List<SearchHit> items, PageInfo page) implements Paged {
}
