package org.evidenceapi.webhook;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.evidenceapi.common.config.EvidenceConfig;
import org.jboss.logging.Logger;

/**
 * Runs a {@link DeliveryRound} every poll interval on a thread of its own, unless this instance is configured not
 * to dispatch. A round that fails (the database away) is logged and the next one tries again: the queue keeps
 * everything.
 */
@ApplicationScoped
class WebhookDispatcher {
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    @Inject
    DeliveryRound round;
    @Inject
    EvidenceConfig config;

    private ScheduledExecutorService executor;

    void start(@Observes StartupEvent started) {
        EvidenceConfig.Webhooks webhooks = config.webhooks();
        if (webhooks.lease().compareTo(webhooks.connectTimeout().plus(webhooks.requestTimeout())) <= 0) {
            throw new IllegalStateException("evidence.webhooks.lease must exceed connect-timeout + request-timeout, "
                    + "or a delivery still being sent would be claimed and sent again");
        }
        if (!webhooks.dispatch()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "webhook-dispatcher");
            thread.setDaemon(true);
            return thread;
        });
        long interval = webhooks.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void poll() {
        try {
            round.run();
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch round failed; the next one retries: " + e);
        }
    }
}
