package org.evidenceapi.article;

import java.util.UUID;

/**
 * The check a change that publishes an article passes, offered here so that the article does not depend on what
 * implements it (the publish gate, which asks the integrity report, which reads articles).
 */
public interface PublishCheck {
    /** How long an override's reason may be. */
    int MAX_REASON_LENGTH = 500;
    /** The query parameter that carries an override's reason. */
    String PARAMETER = "publishOverride";
    String PARAMETER_DESCRIPTION = "Admins only: publish although the article's integrity "
            + "report has ERROR findings, for this reason (1 to " + MAX_REASON_LENGTH + " characters), "
            + "which the revision history keeps with the admin's name. Not needed, and not recorded, when nothing "
            + "blocks publishing. An editor giving it gets 403, a blank one 400.";
    /** The OpenAPI response a refused publication answers with (declared in EvidenceApi). */
    String REFUSAL_RESPONSE = "PublishConflict";

    /** The override a request asks for (its publishOverride parameter; null: none), checked before any write. */
    PublishOverride requested(String reason);

    /** Lets a stored article about to be published through, or refuses it (409) unless the override says why. */
    void admitStored(UUID id, String slug, PublishOverride override);
}
