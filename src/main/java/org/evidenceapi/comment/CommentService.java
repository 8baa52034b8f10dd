package org.evidenceapi.comment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.evidenceapi.article.Article;
import org.evidenceapi.article.ArticleRepository;
import org.evidenceapi.common.paging.CursorValue;
import org.evidenceapi.editing.Edits;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;
import org.evidenceapi.common.http.Params.IdOrSlug;
import org.evidenceapi.common.problem.ProblemException;
import org.evidenceapi.common.paging.SortKey;
import org.evidenceapi.common.paging.SortKeys;
import org.evidenceapi.common.security.Viewer;
import org.evidenceapi.visibility.Visibility;

/** Readers post comments (held as PENDING); editors moderate; the public sees approved ones only. */
@ApplicationScoped
public class CommentService {
    public static final SortKeys<Comment> ORDER = new SortKeys<>("createdAt",
            new SortKey<>("createdAt", "e.createdAt", CursorValue.INSTANT, c -> c.createdAt));

    @Inject
    CommentRepository comments;
    @Inject
    ArticleRepository articles;
    @Inject
    Viewer viewer;
    @Inject
    Visibility visibility;
    @Inject
    Edits edits;

    @Transactional
    public CommentView post(IdOrSlug article, CommentInput input) {
        edits.validate("comment", input, List.of());
        Comment comment = new Comment();
        comment.article = visibleArticle(article);
        comment.articleId = comment.article.id;
        comment.authorName = input.authorName().strip();
        comment.email = input.email().strip();
        comment.body = input.body().strip();
        comments.persist(comment);
        return CommentView.of(comment);
    }

    /** An article's comments: approved ones for the public; editors may ask for another status. */
    @Transactional
    public CommentPage ofArticle(IdOrSlug article, CommentStatus status, PageRequest<Comment> request) {
        UUID id = visibleArticle(article).id;
        CommentStatus shown = viewer.seesDrafts() && status != null ? status : CommentStatus.APPROVED;
        return page(new Filter().equal("e.article.id", "article", id)
                .equal("e.status", "status", shown), request);
    }

    /** The moderation queue across articles. */
    @Transactional
    public CommentPage queue(CommentStatus status, PageRequest<Comment> request) {
        return page(new Filter().equal("e.status", "status", status == null ? CommentStatus.PENDING : status),
                request);
    }

    @Transactional
    public ModeratedComment get(UUID id) {
        return ModeratedComment.of(find(id));
    }

    @Transactional
    public ModeratedComment moderate(UUID id, JsonNode patch, String ifMatch) throws JsonProcessingException {
        Comment comment = find(id);
        edits.requireCurrent(ifMatch, ModeratedComment.of(comment));
        Moderation decision = edits.merge(new Moderation(comment.status), patch, Moderation.class);
        edits.validate("moderation", decision, List.of());
        comment.status = decision.status();
        comments.flush();
        return ModeratedComment.of(comment);
    }

    private CommentPage page(Filter filter, PageRequest<Comment> request) {
        PageSlice<Comment> slice = comments.page(filter, request);
        return new CommentPage(slice.map(CommentView::of), slice.page());
    }

    private Article visibleArticle(IdOrSlug key) {
        return visibility.article(key, articles::findWithLabels);
    }

    private Comment find(UUID id) {
        return comments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No comment has the id '" + id + "'."));
    }
}
