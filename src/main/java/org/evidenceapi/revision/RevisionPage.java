package org.evidenceapi.revision;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.Paged;

@Schema(description = "A page of revisions, newest first.")
public record RevisionPage(List<RevisionEntry> items, PageInfo page) implements Paged {
}
