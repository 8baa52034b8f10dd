package org.evidenceapi.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.claim.Claim;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

/**
 * A query over a list of ids keeps its plan when the list is bound through {@link ListParameter}, and reads each
 * row once whatever the padding; bound as one collection parameter, Hibernate keeps no plan and translates the
 * query from HQL to SQL at every execution.
 */
@QuarkusTest
class QueryPlanReuseTest {
    @Inject
    SessionFactory sessionFactory;
    @Inject
    EntityManager em;

    @Test
    void aListOfIdsBoundAsSingleParametersKeepsItsPlan() {
        List<UUID> ids = claimIds(4);
        String jpql = "select e from Claim e where e.id in :ids and e.position > -1";
        int before = plans().getNumberOfCachedQueryPlans();

        List<Claim> four = QuarkusTransaction.requiringNew().call(() ->
                ListParameter.query(em, jpql, Claim.class, "ids", ids).getResultList());
        List<Claim> three = QuarkusTransaction.requiringNew().call(() ->
                ListParameter.query(em, jpql, Claim.class, "ids", ids.subList(0, 3)).getResultList());

        assertEquals(4, four.size());
        assertEquals(3, three.size(), "each claim once, the padding repeating the last id");
        assertEquals(before + 1, plans().getNumberOfCachedQueryPlans(), "one plan for lists of 3 and 4 ids");
    }

    @Test
    void aCollectionParameterKeepsNoPlan() {
        List<UUID> ids = claimIds(3);
        int before = plans().getNumberOfCachedQueryPlans();
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                "select e from Claim e where e.id in :ids and e.position > -2", Claim.class)
                .setParameter("ids", ids).getResultList());
        assertEquals(before, plans().getNumberOfCachedQueryPlans(), "Hibernate now keeps these: ListParameter can go");
    }

    private List<UUID> claimIds(int count) {
        return QuarkusTransaction.requiringNew().call(() -> em.createQuery("select e.id from Claim e order by e.id",
                UUID.class).setMaxResults(count).getResultList());
    }

    private QueryInterpretationCache plans() {
        return sessionFactory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache();
    }
}
