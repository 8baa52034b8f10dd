package org.evidenceapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * PostgreSQL's full-text search: the weighted {@code search_vector} columns of V4 (GIN-indexed) matched with
 * {@code @@} and ranked with {@code ts_rank}, which depends on the row alone, so a cursor's score stays valid.
 */
@ApplicationScoped
@Typed(PostgresSearch.class) // injected as SearchEngine only through SearchEngines' choice
public class PostgresSearch implements SearchEngine {
    private static final String CONFIG = "'evidence_english'";

    private final EnglishAnalyzer english = new EnglishAnalyzer();

    @Inject
    EntityManager em;

    @Override
    public List<ScoredHit> hits(SearchQuery query, SearchFilter filter, ScoredHit after, boolean backward, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> branches = new ArrayList<>();
        if (filter.kinds().contains(SearchKind.ARTICLE)) {
            branches.add("select 'ARTICLE' as kind, a.id as id, ts_rank(a.search_vector, q.query) as score "
                    + "from article a cross join q where a.search_vector @@ q.query" + articleScope("a.id", filter));
        }
        if (filter.kinds().contains(SearchKind.CLAIM)) {
            branches.add("select 'CLAIM' as kind, c.id as id, ts_rank(c.search_vector, q.query) as score from claim c cross join q "
                    + "where c.search_vector @@ q.query" + articleScope("c.article_id", filter)
                    + (filter.certainty() == null ? "" : " and c.certainty = :certainty"));
        }
        if (filter.kinds().contains(SearchKind.STUDY)) {
            branches.add("select 'STUDY' as kind, s.id as id, ts_rank(s.search_vector, q.query) as score from study_summary s cross join q "
                    + "where s.search_vector @@ q.query" + studyScope(filter)
                    + (filter.design() == null ? "" : " and s.design = :design")
                    + (filter.certainty() == null ? "" : " and s.certainty = :certainty"));
        }
        String order = backward ? " order by score asc, kind desc, id desc" : " order by score desc, kind asc, id asc";
        String sql = "with q as (select " + tsquery(query, english, parameters) + " as query) "
                + "select kind, id, score from (" + String.join(" union all ", branches) + ") hits"
                + (after == null ? "" : " where " + position(backward)) + order + " limit " + limit;
        Query statement = em.createNativeQuery(sql);
        parameters.forEach(statement::setParameter);
        bindFilter(statement, filter);
        if (after != null) {
            statement.setParameter("score", after.score());
            statement.setParameter("kind", after.kind().name());
            statement.setParameter("id", after.id());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = statement.getResultList();
        return rows.stream().map(r -> new ScoredHit(SearchKind.valueOf((String) r[0]), (UUID) r[1],
                ((Number) r[2]).floatValue())).toList();
    }

    /** All parts must match: each word (in any form of its stem, SearchQuery#wordStems), each phrase, each prefix. */
    private static String tsquery(SearchQuery query, EnglishAnalyzer english, Map<String, Object> parameters) {
        List<String> parts = new ArrayList<>();
        List<List<String>> stems = query.wordStems(english);
        for (int i = 0; i < query.words().size(); i++) {
            parameters.put("word" + i, query.words().get(i));
            String word = "plainto_tsquery(" + CONFIG + ", :word" + i + ")";
            for (String derived : stems.get(i).subList(1, stems.get(i).size())) {
                parameters.put("derived" + i, literal(derived));
                word = "(" + word + " || cast(:derived" + i + " as tsquery))";
            }
            parts.add(word);
        }
        for (int i = 0; i < query.phrases().size(); i++) {
            parameters.put("phrase" + i, query.phrases().get(i));
            parts.add("phraseto_tsquery(" + CONFIG + ", :phrase" + i + ")");
        }
        for (int i = 0; i < query.prefixes().size(); i++) {
            parameters.put("prefix" + i, literal(query.prefixes().get(i)) + ":*");
            parts.add("to_tsquery(" + CONFIG + ", :prefix" + i + ")");
        }
        return String.join(" && ", parts);
    }

    /** A word quoted for tsquery syntax. */
    private static String literal(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static String position(boolean backward) {
        String op = backward ? ">" : "<";
        String tie = backward ? "<" : ">";
        return "(score " + op + " :score or (score = :score and (kind " + tie + " :kind or (kind = :kind and id "
                + tie + " :id))))";
    }

    /** The row's article has the status and topic asked for. */
    private static String articleScope(String articleId, SearchFilter filter) {
        return filter.concernsArticles() ? " and exists (select 1 from article sa where sa.id = " + articleId
                + articleConditions(filter) + ")" : "";
    }

    /** One of the articles the study is attached to or linked from by a claim has the status and topic. */
    private static String studyScope(SearchFilter filter) {
        return filter.concernsArticles() ? " and exists (select 1 from article sa where (sa.id in (select m.article_id "
                + "from article_study m where m.study_id = s.id) or sa.id in (select sc.article_id "
                + "from claim sc join claim_study cs on cs.claim_id = sc.id where cs.study_id = s.id))"
                + articleConditions(filter) + ")" : "";
    }

    private static String articleConditions(SearchFilter filter) {
        return (filter.status() == null ? "" : " and sa.status = :status")
                + (filter.topic() == null ? "" : " and exists (select 1 from article_topic st where st.article_id = sa.id "
                        + "and st.topic_id = :topic)");
    }

    private static void bindFilter(Query statement, SearchFilter filter) {
        if (filter.status() != null) {
            statement.setParameter("status", filter.status().name());
        }
        if (filter.topic() != null) {
            statement.setParameter("topic", filter.topic());
        }
        if (filter.design() != null && filter.kinds().contains(SearchKind.STUDY)) {
            statement.setParameter("design", filter.design().name());
        }
        if (filter.certainty() != null) {
            statement.setParameter("certainty", filter.certainty().name());
        }
    }
}
