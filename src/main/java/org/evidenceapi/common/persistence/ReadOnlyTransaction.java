package org.evidenceapi.common.persistence;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The method only reads. Called outside a transaction, it runs in one of its own whose session neither keeps
 * snapshots of what it loads nor flushes (no dirty checking before each query and at commit). Called inside a
 * transaction, such as a write answering with what it wrote, it joins that transaction unchanged.
 */
@InterceptorBinding
@Inherited
@Target({TYPE, METHOD})
@Retention(RUNTIME)
public @interface ReadOnlyTransaction {
}
