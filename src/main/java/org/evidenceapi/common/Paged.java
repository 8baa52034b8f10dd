package org.evidenceapi.common;

/** A page of a collection, as every list endpoint answers it. */
public interface Paged {
    PageInfo page();
}
