package org.evidenceapi.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public PageSlice<Webhook> page(PageRequest<Webhook> request) {
        return Keyset.page(getEntityManager(), Webhook.class, "Webhook", new Filter(), request, w -> w.id);
    }
}
