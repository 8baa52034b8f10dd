package org.evidenceapi.claim;

import java.util.List;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

public record ClaimPage(List<ClaimView> items, PageInfo page) implements Paged {
}
