package org.evidenceapi.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.evidenceapi.article.Article;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.problem.FieldError;
import org.evidenceapi.reference.ArticleReference;
import org.evidenceapi.study.StudyRepository;
import org.evidenceapi.study.StudySummary;

/**
 * Creates, changes and removes claims. A claim cites its own article's references by number and links study
 * summaries that exist; a new claim comes last in its article, and removing one closes the gap.
 */
@ApplicationScoped
public class ClaimWriter {
    @Inject
    ClaimRepository claims;
    @Inject
    ClaimService reads;
    @Inject
    ArticleRepository articles;
    @Inject
    StudyRepository studies;
    @Inject
    Edits edits;

    @Transactional
    public ClaimView create(ClaimInput input) {
        Article article = input == null || input.articleId() == null ? null : articles.findById(input.articleId());
        List<StudySummary> backing = validated(input, article, null);
        Claim claim = new Claim();
        claim.article = article;
        claim.articleId = article.id;
        claim.position = 1 + claims.getEntityManager().createQuery("select coalesce(max(e.position), 0) from Claim e "
                + "where e.article.id = :article", Integer.class).setParameter("article", article.id).getSingleResult();
        ClaimMapper.apply(claim, input, backing);
        claim.persist();
        return reads.get(claim.id);
    }

    @Transactional
    public ClaimView replace(UUID id, ClaimInput input, String ifMatch) {
        edits.requireCurrent(ifMatch, reads.get(id));
        Claim claim = claims.findById(id);
        List<StudySummary> backing = validated(input, claim.article, claim.articleId);
        ClaimMapper.apply(claim, input, backing);
        claims.flush();
        return reads.get(id);
    }

    @Transactional
    public ClaimView patch(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        return replace(id, edits.merge(ClaimInput.of(reads.get(id)), patch, ClaimInput.class), ifMatch);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        edits.requireCurrent(ifMatch, reads.get(id));
        Claim claim = claims.findById(id);
        List<Claim> later = claims.list("article.id = ?1 and position > ?2 order by position", claim.articleId,
                claim.position);
        claims.delete(claim);
        claims.flush();
        for (Claim c : later) {  // one at a time: (article, position) is unique at every step
            c.position--;
            claims.flush();
        }
    }

    /** Every problem of the input at once, its citations and studies included; the studies it links. */
    private List<StudySummary> validated(ClaimInput input, Article article, UUID currentArticle) {
        List<FieldError> problems = new ArrayList<>();
        List<StudySummary> backing = List.of();
        if (input != null) {
            if (input.articleId() != null && article == null) {
                problems.add(new FieldError("articleId", "names no article"));
            } else if (currentArticle != null && input.articleId() != null && !currentArticle.equals(input.articleId())) {
                problems.add(new FieldError("articleId", "cannot change: a claim cites its own article's references"));
            }
            if (article != null) {
                citations(input.citations(), ArticleReference.count("article.id", article.id), problems);
            }
            backing = studies(input.studyIds(), problems);
        }
        edits.validate("claim", input, problems);
        return backing;
    }

    private static void citations(List<Integer> numbers, long bibliographySize, List<FieldError> problems) {
        for (int i = 0; numbers != null && i < numbers.size(); i++) {
            Integer n = numbers.get(i);
            if (n != null && n > bibliographySize) {
                problems.add(new FieldError("citations[" + i + "]", "cites no reference of the article, which has "
                        + bibliographySize));
            }
        }
    }

    private List<StudySummary> studies(List<UUID> ids, List<FieldError> problems) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, StudySummary> found = studies.list("id in ?1", ids.stream().filter(i -> i != null).toList())
                .stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id != null && !found.containsKey(id)) {
                problems.add(new FieldError("studyIds[" + i + "]", "names no study summary"));
            } else if (id != null && !seen.add(id)) {
                problems.add(new FieldError("studyIds[" + i + "]", "is listed twice"));
            }
        }
        return ids.stream().filter(i -> i != null).map(found::get).filter(s -> s != null).toList();
    }
}
