package org.evidenceapi.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The library's content version: the newest revision number. Every committed change to content writes a revision
 * (Envers, one per transaction), on whichever instance made it, so a cache keyed by this number never serves what
 * another instance has since changed. One primary-key lookup.
 */
@ApplicationScoped
public class ContentVersion {
    @Inject
    EntityManager em;

    @Transactional
    public long current() {
        Long newest = em.createQuery("select max(r.id) from Revision r", Long.class).getSingleResult();
        return newest == null ? 0 : newest;
    }
}
