package org.evidenceapi.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** An endpoint's deliveries, newest first. */
    public PageSlice<WebhookDelivery> page(UUID endpoint, PageRequest<WebhookDelivery> request) {
        return Keyset.page(getEntityManager(), WebhookDelivery.class, "WebhookDelivery",
                new Filter().equal("e.endpointId", "endpoint", endpoint), request, d -> d.id);
    }
}
