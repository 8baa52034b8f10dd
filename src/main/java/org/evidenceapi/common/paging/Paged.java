package org.evidenceapi.common.paging;

/** A page of a collection, as every list endpoint answers it. */
public interface Paged {
    PageInfo page();
}
