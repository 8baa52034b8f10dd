package org.evidenceapi.topic;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record TopicPage(List<TopicView> items, PageInfo page) implements Paged {
}
