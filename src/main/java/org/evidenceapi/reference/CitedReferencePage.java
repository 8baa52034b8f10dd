package org.evidenceapi.reference;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record CitedReferencePage(List<CitedReference> items, PageInfo page) implements Paged {
}
