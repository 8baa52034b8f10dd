package org.evidenceapi.editing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import org.evidenceapi.common.problem.ProblemException;

/**
 * The one way resources are created, replaced, patched and deleted: each verb checks If-Match against the
 * representation GET answers, validates the whole input at once and writes all or nothing, for every kind of
 * resource; {@link EditRules} supply what differs.
 */
@ApplicationScoped
public class EditCycle {
    @Inject
    Edits edits;
    @Inject
    EntityManager em;

    @Transactional
    public <K, I, V, E> V create(EditRules<K, I, V, E> rules, I input) {
        checked(rules, input, null);
        E row = rules.newRow(input);
        rules.apply(row, input);
        em.persist(row);
        rules.written(row, input);
        return rules.view(row);
    }

    @Transactional
    public <K, I, V, E> V replace(EditRules<K, I, V, E> rules, K key, I input, String ifMatch) {
        E row = current(rules, key, ifMatch);
        checked(rules, input, row);
        rules.apply(row, input);
        em.flush();
        rules.written(row, input);
        return rules.view(row);
    }

    /** A JSON Merge Patch (RFC 7386) on the resource as PUT takes it, then the rules of PUT. */
    @Transactional
    public <K, I, V, E> V patch(EditRules<K, I, V, E> rules, K key, JsonNode patch, String ifMatch)
            throws JsonProcessingException {
        I current = rules.asInput(rules.read(key));
        return replace(rules, key, edits.merge(current, patch, rules.inputType()), ifMatch);
    }

    @Transactional
    public <K, I, V, E> void delete(EditRules<K, I, V, E> rules, K key, String ifMatch) {
        E row = current(rules, key, ifMatch);
        rules.stillUsed(row).ifPresent(detail -> {
            throw new ProblemException(Status.CONFLICT, detail, null);
        });
        rules.remove(row);
    }

    /** The row behind the representation named by If-Match; 404, 428 or 412 otherwise. */
    public <K, I, V, E> E current(EditRules<K, I, V, E> rules, K key, String ifMatch) {
        V view = rules.read(key);
        edits.requireCurrent(ifMatch, view);
        return rules.row(view);
    }

    private <K, I, V, E> void checked(EditRules<K, I, V, E> rules, I input, E row) {
        edits.validate(rules.name(), input, input == null ? List.of() : rules.check(input, row));
        rules.refuseConflicts(input, row);
    }
}
