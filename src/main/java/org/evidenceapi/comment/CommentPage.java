package org.evidenceapi.comment;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record CommentPage(List<CommentView> items, PageInfo page) implements Paged {
}
