package org.evidenceapi.search;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record SearchPage(List<SearchHit> items, PageInfo page) implements Paged {
}
