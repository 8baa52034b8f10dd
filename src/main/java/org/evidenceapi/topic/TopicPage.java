package org.evidenceapi.topic;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record TopicPage(List<TopicView> items, PageInfo page) implements Paged {
}
