package org.evidenceapi.author;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.util.ArrayList;
import java.util.List;
import org.evidenceapi.common.persistence.ContentEntity;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.envers.Audited;

@Entity
@Audited
public class Author extends ContentEntity {
    @Column(nullable = false, unique = true, length = 120)
    public String slug;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(length = 10000)
    public String bio;

    @ElementCollection
    @CollectionTable(name = "author_credential", joinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Column(name = "credential", nullable = false, length = 300)
    public List<String> credentials = new ArrayList<>();
}
