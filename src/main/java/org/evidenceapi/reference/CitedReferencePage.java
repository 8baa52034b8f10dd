package org.evidenceapi.reference;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record CitedReferencePage(List<CitedReference> items, PageInfo page) implements Paged {
}
