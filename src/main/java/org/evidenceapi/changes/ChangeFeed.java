package org.evidenceapi.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.security.Viewer;

/**
 * The changes feed: what changed after a token, as the current reader sees it now. Readers without a token hear
 * of published content only, and of its removal; editors of every change.
 */
@ApplicationScoped
public class ChangeFeed {
    static final String RESYNC = " Start again without since and replace your copy with what that sync returns.";
    /** The since value that asks for a token at the feed's head instead of a first sync. */
    static final String NOW = "now";

    @Inject
    ChangeEntryRepository entries;
    @Inject
    ChangeViews views;
    @Inject
    Viewer viewer;

    @ReadOnlyTransaction
    public Changes page(String since, String limit) {
        int size = PageRequest.limit(limit);
        boolean fromToken = since != null && !NOW.equals(since);
        SyncToken from = fromToken ? decoded(since)
                : since == null ? SyncToken.start(entries.head().sequence()) : SyncToken.at(entries.head().sequence());
        List<ChangeEntry> rows = entries.after(from, size + 1, !viewer.seesDrafts());
        if (fromToken) {
            // read after the entries: a purge that took tombstones from them has moved oldest by then
            requireServed(from, entries.head());
        }
        boolean more = rows.size() > size;
        List<ChangeEntry> page = more ? rows.subList(0, size) : rows;
        List<Change> items = new ArrayList<>();
        for (ChangeEntry entry : page) {
            change(entry, from).ifPresent(items::add);
        }
        SyncToken next = page.isEmpty() ? from : from.after(page.get(page.size() - 1));
        return new Changes(items, next.encode(), more);
    }

    /** UPSERT with its link when this reader can read it; else a tombstone, unless the client never had it. */
    private Optional<Change> change(ChangeEntry entry, SyncToken client) {
        Optional<ChangeViews.Read> read = views.read(entry);
        if (read.isEmpty() && !client.needsTombstone(entry)) {
            return Optional.empty();
        }
        return Optional.of(read.map(r -> new Change(entry.type(), entry.id(), entry.slug(), ChangeOperation.UPSERT,
                r.etag(), r.href(), entry.changedAt()))
                .orElseGet(() -> new Change(entry.type(), entry.id(), entry.slug(), ChangeOperation.DELETE, null, null,
                        entry.changedAt())));
    }

    private static SyncToken decoded(String since) {
        return SyncToken.decode(since).orElseThrow(() -> gone("The since token is not one this service handed out."));
    }

    /** 410 unless the feed still holds every change the token's client has not seen. */
    private static void requireServed(SyncToken token, ChangeEntryRepository.Head head) {
        if (token.sequence() > head.sequence() || token.horizon() > head.sequence()) {
            throw gone("The since token names changes this service has not made (another server's token?).");
        }
        if (!token.servedWith(head.oldest())) {
            throw gone("The since token is older than the removals the feed keeps.");
        }
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(Status.GONE, detail + RESYNC, null);
    }
}
