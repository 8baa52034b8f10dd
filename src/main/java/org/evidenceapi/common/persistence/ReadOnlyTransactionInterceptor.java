package org.evidenceapi.common.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** See {@link ReadOnlyTransaction}; runs where {@code @Transactional} would. */
@ReadOnlyTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyTransactionInterceptor {
    @Inject
    Session session;

    @AroundInvoke
    Object read(InvocationContext invocation) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return invocation.proceed(); // a write's own reads: its session must go on flushing what it changed
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return invocation.proceed();
        });
    }
}
