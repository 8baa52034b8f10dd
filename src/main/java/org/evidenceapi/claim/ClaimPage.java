package org.evidenceapi.claim;

import java.util.List;
import org.evidenceapi.common.PageInfo;
import org.evidenceapi.common.Paged;

public record ClaimPage(List<ClaimView> items, PageInfo page) implements Paged {
}
