-- Webhooks: the endpoints an admin registers, and the durable queue of deliveries to them. A delivery is inserted
-- in the writing transaction it reports (so it exists exactly when the change does), claimed by a dispatcher for a
-- lease (next_attempt_at moves to the lease's end, claim_token names the claim), sent outside any transaction,
-- and its outcome recorded only by the claim that still holds it. A dispatcher that dies leaves the lease to run
-- out; the delivery is then due again and sent with the same id.
CREATE TABLE webhook_endpoint (
    id                   UUID          NOT NULL PRIMARY KEY,
    url                  VARCHAR(2000) NOT NULL,
    events               VARCHAR(1000) NOT NULL,
    secret               VARCHAR(200)  NOT NULL,
    enabled              BOOLEAN       NOT NULL,
    disabled_reason      VARCHAR(500),
    consecutive_failures INTEGER       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoint_created_idx ON webhook_endpoint (created_at, id);

CREATE TABLE webhook_delivery (
    id               UUID          NOT NULL PRIMARY KEY,
    endpoint_id      UUID          NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_types      VARCHAR(1000) NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(20)   NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         INTEGER       NOT NULL,
    claim_token      UUID,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE,
    delivered_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at, id);
