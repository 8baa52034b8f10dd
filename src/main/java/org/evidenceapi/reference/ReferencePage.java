package org.evidenceapi.reference;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record ReferencePage(List<ReferenceView> items, PageInfo page) implements Paged {
}
