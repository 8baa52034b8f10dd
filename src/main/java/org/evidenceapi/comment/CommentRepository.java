package org.evidenceapi.comment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.evidenceapi.common.paging.Filter;
import org.evidenceapi.common.paging.Keyset;
import org.evidenceapi.common.paging.PageRequest;
import org.evidenceapi.common.paging.PageSlice;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    public PageSlice<Comment> page(Filter filter, PageRequest<Comment> request) {
        return Keyset.page(getEntityManager(), Comment.class, "Comment", filter, request, c -> c.id);
    }
}
