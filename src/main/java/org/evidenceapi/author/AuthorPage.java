package org.evidenceapi.author;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record AuthorPage(List<AuthorView> items, PageInfo page) implements Paged {
}
