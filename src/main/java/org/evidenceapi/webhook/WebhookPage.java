package org.evidenceapi.webhook;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record WebhookPage(List<WebhookView> items, PageInfo page) implements Paged {
}
