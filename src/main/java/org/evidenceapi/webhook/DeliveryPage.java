package org.evidenceapi.webhook;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record DeliveryPage(List<DeliveryView> items, PageInfo page) implements Paged {
}
