package org.evidenceapi.common.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/** Says at startup when no token verification key is configured, so nobody wonders why writes get 401. */
@ApplicationScoped
class KeyConfigurationCheck {
    private static final Logger LOG = Logger.getLogger(KeyConfigurationCheck.class);

    void onStart(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        boolean configured = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        if (!configured) {
            LOG.warn("No JWT verification key is configured (set MP_JWT_VERIFY_PUBLICKEY_LOCATION and "
                    + "MP_JWT_VERIFY_ISSUER): published content is readable, every write is refused with 401.");
        }
    }
}
