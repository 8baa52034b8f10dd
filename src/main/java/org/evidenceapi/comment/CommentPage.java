package org.evidenceapi.comment;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record CommentPage(List<CommentView> items, PageInfo page) implements Paged {
}
