package org.evidenceapi.integrity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.http.Params;
import org.evidenceapi.reference.UpdateStatus;
import org.evidenceapi.visibility.VisibleArticles;

/** Which findings of the library a worklist asks for: by rule, by severity, by the status of their article. */
record FindingFilter(Set<FindingCode> codes, Severity severity, ArticleStatus articleStatus) {
    /** The rules that flag a paper's update notice, and the notice: only articles resting on such a paper can
     * have their findings, which the walk over the library can tell by a condition alone. */
    private static final Map<FindingCode, UpdateStatus> NOTICES = Map.of(
            FindingCode.RETRACTED_REFERENCE, UpdateStatus.RETRACTED,
            FindingCode.EXPRESSION_OF_CONCERN, UpdateStatus.EXPRESSION_OF_CONCERN);

    static FindingFilter of(List<String> codes, String severity, String articleStatus) {
        Set<FindingCode> parsed = EnumSet.noneOf(FindingCode.class);
        codes.forEach(code -> parsed.add(Params.enumValue("code", code, FindingCode.class)));
        return new FindingFilter(parsed, Params.enumValue("severity", severity, Severity.class),
                Params.enumValue("articleStatus", articleStatus, ArticleStatus.class));
    }

    boolean matches(Finding finding) {
        return (codes.isEmpty() || codes.contains(finding.code()))
                && (severity == null || severity == finding.severity());
    }

    /** The articles that can have such findings, as conditions on the article {@code e}. */
    Filter articles(VisibleArticles visible) {
        Filter filter = visible.restrict(new Filter(), "e")
                .equal("e.status", "status", articleStatus);
        if (!codes.isEmpty() && NOTICES.keySet().containsAll(codes)) {
            filter.and("(e.id in (select ar.articleId from ArticleReference ar where ar.reference.updateStatus in "
                    + ":notices) or e.id in (select c.articleId from Claim c join c.studies st where "
                    + "st.reference.updateStatus in :notices) or e.id in (select a.id from Article a join a.studies s "
                    + "where s.reference.updateStatus in :notices))", "notices",
                    codes.stream().map(NOTICES::get).toList());
        }
        return filter;
    }
}
