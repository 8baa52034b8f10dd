package org.evidenceapi.webhook;

import jakarta.inject.Inject;
import org.evidenceapi.common.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A receiver on 127.0.0.1 per test, and no endpoint left behind to send later tests' changes to a closed port. */
abstract class ReceiverTestBase {
    @Inject
    ChangeEvents changes;
    @Inject
    WebhookRepository webhooks;

    Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void removeEndpointsAndStop() {
        Api.inTransaction(() -> webhooks.deleteAll());
        receiver.close();
    }
}
