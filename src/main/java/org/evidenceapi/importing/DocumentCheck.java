package org.evidenceapi.importing;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.common.problem.Violations;

/**
 * Everything wrong with an article document, each problem named by its JSON path: bean constraints
 * first (field formats included), then the rules that span the document (study keys, slugs). What can be stored
 * as written is not refused here, even if it is wrong: a claim citing [n] beyond the bibliography, or a paper
 * listed twice, is what the integrity report finds and the publish gate holds back from readers.
 */
final class DocumentCheck {
    private final List<FieldError> errors = new ArrayList<>();

    static List<FieldError> problems(ArticleDocument doc, Validator validator, Predicate<String> authorExists,
            Predicate<String> topicExists) {
        DocumentCheck check = new DocumentCheck();
        check.errors.addAll(Violations.of(validator.validate(doc), ""));
        check.crossReferences(doc, authorExists, topicExists);
        return check.errors;
    }

    /** Rules spanning the document; null-safe, since bean constraints may already have found gaps. */
    private void crossReferences(ArticleDocument doc, Predicate<String> authorExists, Predicate<String> topicExists) {
        if (doc.article() != null) {
            Set<String> authors = slugs(doc.authors().stream().map(a -> a == null ? null : a.slug()).toList());
            Set<String> topics = slugs(doc.topics().stream().map(t -> t == null ? null : t.slug()).toList());
            forEach(doc.article().authors(), "article.authors", s -> authors.contains(s) || authorExists.test(s),
                    "names no author of this document or of the library");
            forEach(doc.article().topics(), "article.topics", s -> topics.contains(s) || topicExists.test(s),
                    "names no topic of this document or of the library");
        }
        Set<String> studyKeys = studies(doc.studies(), doc.references().size());
        claims(doc.claims(), studyKeys);
    }

    private Set<String> studies(List<DocumentStudy> studies, int referenceCount) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < studies.size(); i++) {
            DocumentStudy s = studies.get(i);
            if (s == null) {
                continue;
            }
            String at = "studies[" + i + "].";
            require(s.key() == null || keys.add(s.key()), at + "key", "is used by another study of this document");
            require(s.referenceNumber() == null || s.referenceNumber() <= referenceCount, at + "referenceNumber",
                    "must be the number of one of the document's " + referenceCount + " references");
        }
        return keys;
    }

    private void claims(List<DocumentClaim> claims, Set<String> studyKeys) {
        for (int i = 0; i < claims.size(); i++) {
            DocumentClaim c = claims.get(i);
            if (c == null) {
                continue;
            }
            forEach(c.studies(), "claims[" + i + "].studies", studyKeys::contains,
                    "names no study key of this document");
        }
    }

    private <T> void forEach(List<T> values, String path, Predicate<T> ok, String message) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            require(value == null || ok.test(value), path + "[" + i + "]", message);
        }
    }

    private static Set<String> slugs(List<String> values) {
        Set<String> slugs = new HashSet<>(values);
        slugs.remove(null);
        return slugs;
    }

    private void require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }
}
