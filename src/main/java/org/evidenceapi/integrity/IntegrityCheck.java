package org.evidenceapi.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over an article; findings come errors first, then by rule, then in article order. */
@ApplicationScoped
public class IntegrityCheck {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::code);

    @Inject
    ShadowLibraries shadowLibraries;

    List<Finding> run(AuditedArticle article) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(CitationRules.check(article));
        findings.addAll(IdentifierRules.check(article));
        findings.addAll(SourceRules.check(article, shadowLibraries));
        findings.addAll(StudyRules.check(article));
        return findings.stream().sorted(ORDER).toList();
    }
}
