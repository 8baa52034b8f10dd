package org.evidenceapi.revision;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with who made it (the subject of the caller's token, or "system" outside a request), the
 * note its transaction left (see RevisionNote), and tells whoever records changes ({@link RevisionStarted}).
 */
public class RevisionAuthorship implements RevisionListener {
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Revision made = (Revision) revision;
        made.changedBy = caller();
        made.note = RevisionNote.current();
        Arc.container().beanManager().getEvent().select(RevisionStarted.class).fire(new RevisionStarted(() -> made.id));
    }

    private static String caller() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return SYSTEM;
        }
        return identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null
                ? token.getSubject() : identity.getPrincipal().getName();
    }
}
