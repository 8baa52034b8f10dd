package org.evidenceapi.author;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record AuthorPage(List<AuthorView> items, PageInfo page) implements Paged {
}
