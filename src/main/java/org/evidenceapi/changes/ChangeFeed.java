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

    @Inject
    ChangeEntryRepository entries;
    @Inject
    ChangeViews views;
    @Inject
    Viewer viewer;

    @ReadOnlyTransaction
    public Changes page(String since, String limit) {
        int size = PageRequest.limit(limit);
        SyncToken from = since == null ? SyncToken.START : current(since);
        List<ChangeEntry> rows = entries.after(from, size + 1, !viewer.seesDrafts());
        boolean more = rows.size() > size;
        List<ChangeEntry> page = more ? rows.subList(0, size) : rows;
        SyncToken next = page.isEmpty() ? from : from.after(page.get(page.size() - 1));
        List<Change> items = new ArrayList<>();
        for (ChangeEntry entry : page) {
            change(entry, from.initial()).ifPresent(items::add);
        }
        return new Changes(items, (more ? next : next.caughtUp()).encode(), more);
    }

    /** UPSERT with its link when this reader can read it; else a tombstone, which a first copy has no use for. */
    private Optional<Change> change(ChangeEntry entry, boolean initial) {
        Optional<ChangeViews.Read> read = views.read(entry);
        if (read.isEmpty() && initial) {
            return Optional.empty();
        }
        return Optional.of(read.map(r -> new Change(entry.type(), entry.id(), entry.slug(), ChangeOperation.UPSERT,
                r.etag(), r.href(), entry.changedAt()))
                .orElseGet(() -> new Change(entry.type(), entry.id(), entry.slug(), ChangeOperation.DELETE, null, null,
                        entry.changedAt())));
    }

    /** The token, if it names a place the feed still keeps; 410 otherwise. */
    private SyncToken current(String since) {
        SyncToken token = SyncToken.decode(since).orElseThrow(() -> gone("The since token is not one this service "
                + "handed out."));
        ChangeEntryRepository.Head head = entries.head();
        if (token.sequence() > head.sequence()) {
            throw gone("The since token names changes this service has not made (another server's token?).");
        }
        if (token.sequence() <= head.oldest()) {
            throw gone("The since token is older than the removals the feed keeps.");
        }
        return token;
    }

    private static ProblemException gone(String detail) {
        return new ProblemException(Status.GONE, detail + RESYNC, null);
    }
}
