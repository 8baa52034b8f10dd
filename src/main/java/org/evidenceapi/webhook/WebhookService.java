package org.evidenceapi.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.editing.Edits;

/** Registers and changes webhook endpoints, and reads their delivery log. */
@ApplicationScoped
public class WebhookService {
    /** Endpoints in the order they were registered. */
    public static final SortKeys<Webhook> ORDER = new SortKeys<>("createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, w -> w.createdAt));
    /** Deliveries newest first. */
    public static final SortKeys<WebhookDelivery> LOG_ORDER = new SortKeys<>("-createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, d -> d.createdAt));
    static final String DISABLED_BY_ADMIN = "Disabled by an administrator.";

    @Inject
    WebhookRepository webhooks;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    Edits edits;
    @Inject
    EvidenceConfig config;

    private TargetGuard guard;

    @PostConstruct
    void configure() {
        guard = TargetGuard.configured(config.webhooks());
    }

    @Transactional
    public WebhookView register(WebhookInput input) {
        validate(input);
        Webhook webhook = new Webhook();
        webhook.secret = input.secret() != null ? input.secret() : WebhookSecret.generate();
        apply(webhook, input);
        webhooks.persist(webhook);
        return WebhookView.registered(webhook);
    }

    @ReadOnlyTransaction
    public WebhookPage list(PageRequest<Webhook> request) {
        PageSlice<Webhook> slice = webhooks.page(request);
        return new WebhookPage(slice.map(WebhookView::of), slice.page());
    }

    @ReadOnlyTransaction
    public WebhookView get(UUID id) {
        return WebhookView.of(find(id));
    }

    /** A merge patch of {url, events, secret, enabled}; the secret is written, never read back. */
    @Transactional
    public WebhookView change(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        Webhook webhook = current(id, ifMatch);
        WebhookInput current = new WebhookInput(webhook.url, webhook.eventList(), null, webhook.enabled);
        WebhookInput changed = edits.merge(current, patch, WebhookInput.class);
        validate(changed);
        if (changed.secret() != null) {
            webhook.secret = changed.secret();
        }
        apply(webhook, changed);
        webhooks.flush();
        return WebhookView.of(webhook);
    }

    /** Removes the endpoint with its delivery log; what was still queued for it is dropped. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        webhooks.delete(current(id, ifMatch));
    }

    /** The endpoint as If-Match names it: 428 without one, 412 when it has changed since (as every write). */
    private Webhook current(UUID id, String ifMatch) {
        Webhook webhook = find(id);
        edits.requireCurrent(ifMatch, WebhookView.of(webhook));
        return webhook;
    }

    @ReadOnlyTransaction
    public DeliveryPage deliveries(UUID id, PageRequest<WebhookDelivery> request) {
        find(id);
        PageSlice<WebhookDelivery> slice = deliveries.page(id, request);
        return new DeliveryPage(slice.map(DeliveryView::of), slice.page());
    }

    private void validate(WebhookInput input) {
        List<FieldError> findings = new ArrayList<>();
        if (input != null && input.url() != null) {
            guard.refusal(input.url()).ifPresent(why -> findings.add(new FieldError("url", why)));
        }
        if (input != null && input.events() != null) {
            findings.addAll(WebhookEvents.check(input.events()));
        }
        if (input != null && input.secret() != null) {
            WebhookSecret.refusal(input.secret()).ifPresent(why -> findings.add(new FieldError("secret", why)));
        }
        edits.validate("webhook", input, findings);
    }

    private static void apply(Webhook webhook, WebhookInput input) {
        webhook.url = input.url();
        webhook.events = WebhookEvents.join(input.events());
        boolean enable = input.enabled() == null || input.enabled();
        if (enable && !webhook.enabled) {
            webhook.consecutiveFailures = 0;
            webhook.disabledReason = null;
        } else if (!enable && webhook.enabled) {
            webhook.disabledReason = DISABLED_BY_ADMIN;
        }
        webhook.enabled = enable;
    }

    private Webhook find(UUID id) {
        return webhooks.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No webhook has the id '" + id + "'."));
    }
}
