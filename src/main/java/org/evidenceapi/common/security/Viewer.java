package org.evidenceapi.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is asking: anonymous readers see published content only; editors and admins see everything. */
@RequestScoped
public class Viewer {
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Inject
    SecurityIdentity identity;

    public boolean seesDrafts() {
        return identity.hasRole(EDITOR) || identity.hasRole(ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }
}
