package org.evidenceapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.evidenceapi.visibility.ArticleStatus;
import org.evidenceapi.common.config.EvidenceConfig;
import org.evidenceapi.common.paging.Cursor;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.common.paging.PageInfo;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.persistence.ReadOnlyTransaction;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.grading.Certainty;
import org.evidenceapi.study.StudyDesign;
import org.evidenceapi.topic.Topic;
import org.evidenceapi.topic.TopicRepository;
import org.evidenceapi.visibility.Visibility;
import org.evidenceapi.visibility.VisibleArticles;

/**
 * Search across articles, claims and study summaries: validates the query, keeps drafts from anonymous callers,
 * pages through the engine's ranking with a (score, kind, id) keyset, and dresses hits with titles and snippets.
 */
@ApplicationScoped
public class SearchService {
    /** The one order of search results: score, then kind and id; its cursor value is "score kind". */
    private static final SortKey<ScoredHit> BY_RELEVANCE = new SortKey<>("relevance", "score", CursorValue.STRING,
            h -> h.score() + " " + h.kind());
    static final SortKeys<ScoredHit> RELEVANCE = new SortKeys<>("relevance", BY_RELEVANCE);
    private static final int SUGGESTION_SOURCES = 50;

    int maxQueryLength;
    @Inject
    SearchEngine engine;
    @Inject
    HitDetails details;
    @Inject
    Visibility visibility;
    @Inject
    TopicRepository topics;

    @Inject
    void configure(EvidenceConfig config) {
        maxQueryLength = config.search().maxQueryLength();
    }

    private final EnglishAnalyzer english = new EnglishAnalyzer();

    /** The filters as parsed from the query string. */
    public record Criteria(SearchKind kind, ArticleStatus status, IdOrSlug topic, StudyDesign design,
            Certainty certainty) {
    }

    @ReadOnlyTransaction
    public SearchPage search(String q, Criteria criteria, PageRequest<ScoredHit> request) {
        SearchQuery query = SearchQuery.parse(q, maxQueryLength, english);
        Optional<SearchFilter> filter = filter(criteria);
        ScoredHit after = request.cursor() == null ? null : position(request.cursor());
        boolean backward = request.cursor() != null && request.cursor().backward();
        List<ScoredHit> hits = filter.isEmpty() ? List.of()
                : new ArrayList<>(engine.hits(query, filter.get(), after, backward, request.limit() + 1));
        boolean more = hits.size() > request.limit();
        if (more) {
            hits.remove(hits.size() - 1);
        }
        if (backward) {
            Collections.reverse(hits);
        }
        return new SearchPage(dressed(hits, query), page(request, hits, more));
    }

    /** Completes the last word of {@code q} from the words of the best hits for it, most frequent first. */
    @ReadOnlyTransaction
    public SearchSuggestions suggest(String q, int limit) {
        SearchQuery.parse(q, maxQueryLength, english); // the same 400s as search
        String typed = q.strip();
        SearchQuery query = SearchQuery.parse(typed.endsWith("*") ? typed : typed + "*", maxQueryLength, english);
        if (query.prefixes().isEmpty()) {
            return new SearchSuggestions(List.of());
        }
        String prefix = query.prefixes().get(query.prefixes().size() - 1);
        String lead = typed.substring(0, Math.max(0, typed.lastIndexOf(' ') + 1));
        List<ScoredHit> hits = engine.hits(query, visible(SearchFilter.of(null, null, null, null, null)), null, false,
                SUGGESTION_SOURCES);
        Map<String, Integer> counts = new HashMap<>();
        details.of(hits, visibility.articles()).values().forEach(d -> {
            Set<String> words = new LinkedHashSet<>();
            d.texts().stream().filter(t -> t != null).forEach(t -> words.addAll(EnglishAnalyzer.words(t)));
            words.stream().filter(w -> w.startsWith(prefix) && w.chars().allMatch(Character::isLetterOrDigit))
                    .forEach(w -> counts.merge(w, 1, Integer::sum));
        });
        return new SearchSuggestions(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(e -> lead + e.getKey()).toList());
    }

    /** Empty when the topic does not exist, which matches nothing. */
    private Optional<SearchFilter> filter(Criteria criteria) {
        if (criteria.status() != null && !visibility.articles().includes(criteria.status())) {
            throw ProblemException.badParameter("status", "only editors may search content that is not "
                    + "PUBLISHED; send an editor's bearer token");
        }
        UUID topic = null;
        if (criteria.topic() != null) {
            Optional<Topic> found = topics.find(criteria.topic());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            topic = found.get().id;
        }
        SearchFilter filter = visible(SearchFilter.of(criteria.kind(), criteria.status(), topic, criteria.design(),
                criteria.certainty()));
        return filter.kinds().isEmpty() ? Optional.empty() : Optional.of(filter);
    }

    /** Anonymous callers find published articles and what belongs to them only. */
    private SearchFilter visible(SearchFilter filter) {
        VisibleArticles visible = visibility.articles();
        return visible.all() ? filter : new SearchFilter(filter.kinds(), visible.status(),
                filter.topic(), filter.design(), filter.certainty());
    }

    private List<SearchHit> dressed(List<ScoredHit> hits, SearchQuery query) {
        Map<String, HitDetails.Details> found = details.of(hits, visibility.articles());
        List<String> stems = query.stems(english);
        List<String> prefixes = query.prefixStems(english);
        // a hit deleted since the engine ranked it (another request's commit) is left out
        return hits.stream().filter(h -> found.containsKey(HitDetails.key(h.kind(), h.id()))).map(h -> {
            HitDetails.Details d = found.get(HitDetails.key(h.kind(), h.id()));
            return new SearchHit(h.id(), h.kind(), d.title(), d.article(),
                    Snippets.of(d.texts(), stems, prefixes, english), h.score());
        }).toList();
    }

    private static ScoredHit position(Cursor cursor) {
        try {
            String[] value = cursor.value().split(" ");
            return new ScoredHit(SearchKind.valueOf(value[1]), cursor.id(), Float.parseFloat(value[0]));
        } catch (RuntimeException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API issued");
        }
    }

    private static PageInfo page(PageRequest<ScoredHit> request, List<ScoredHit> hits, boolean more) {
        boolean backward = request.cursor() != null && request.cursor().backward();
        boolean hasNext = backward ? request.cursor() != null : more;
        boolean hasPrev = backward ? more : request.cursor() != null;
        String next = hasNext && !hits.isEmpty() ? cursor(hits.get(hits.size() - 1), false) : null;
        String prev = hasPrev && !hits.isEmpty() ? cursor(hits.get(0), true) : null;
        return new PageInfo(request.limit(), next, prev);
    }

    private static String cursor(ScoredHit hit, boolean backward) {
        return new Cursor(BY_RELEVANCE.name(), backward, (String) BY_RELEVANCE.value().apply(hit), hit.id()).encode();
    }
}
