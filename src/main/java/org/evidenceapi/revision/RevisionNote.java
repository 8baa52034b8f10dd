package org.evidenceapi.revision;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The note the current transaction's revision will carry. Envers creates the revision only when the transaction
 * commits, so a service that has something to say (why it published over integrity errors) leaves it here and
 * {@link RevisionAuthorship} copies it onto the revision. Transaction-scoped, not request-scoped, because the
 * service's own writes (the demo content at startup) run outside any request.
 */
@TransactionScoped
public class RevisionNote implements Serializable {
    /** The column's length. */
    public static final int MAX_LENGTH = 1000;

    private String text;

    /** Sets the note of the revision this transaction makes; a later note replaces an earlier one. */
    public void set(String note) {
        text = note.length() <= MAX_LENGTH ? note : note.substring(0, MAX_LENGTH - 1) + "…";
    }

    String text() {
        return text;
    }

    /** The note left in the current transaction, or null when there is none (or no transaction). */
    static String current() {
        ArcContainer container = Arc.container();
        if (container == null || container.getActiveContext(TransactionScoped.class) == null) {
            return null;
        }
        return container.instance(RevisionNote.class).get().text();
    }
}
